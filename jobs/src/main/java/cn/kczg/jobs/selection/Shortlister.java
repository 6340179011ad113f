package cn.kczg.jobs.selection;

import cn.kczg.schemas.model.ItemKind;
import cn.kczg.schemas.program.CategoryRule;
import cn.kczg.schemas.program.ChannelRule;
import cn.kczg.schemas.program.Distribution;
import cn.kczg.schemas.program.Rulebook;
import cn.kczg.schemas.result.ChannelFill;
import cn.kczg.schemas.result.OrgProgress;
import cn.kczg.schemas.result.ReserveEntry;
import cn.kczg.schemas.result.ShortlistEntry;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Chooses the shortlist under a program's quotas. Only organizations that meet every target are
 * listed; no category gets more than its quota, no channel more than its slots (slots are shared by
 * all categories a channel recommends). Within a category the rulebook's distribution decides how
 * the quota is spread over channels:
 *
 * <ul>
 *   <li>{@code rank-under-cap} (default): best first across channels, passing over a candidate
 *       whose channel is full;
 *   <li>{@code hamilton} / {@code dhondt}: seats per channel proportional to its qualifying count
 *       ({@link Apportionment}), capped by its free slots, filled best first.
 * </ul>
 *
 * Categories are served in rulebook order. A qualifying organization whose channel is not one of
 * the program's channels for its category cannot be recommended; {@link Progress} reports it once
 * per channel among the registry problems.
 */
public final class Shortlister {
  private Shortlister() {}

  /** Selects from ranked progress rows (as from {@link LeagueTable#rank}). */
  public static Selection select(Rulebook rulebook, List<OrgProgress> ranked) {
    Map<String, Integer> used = new HashMap<>();
    Map<String, Integer> seats = new HashMap<>();
    List<ShortlistEntry> shortlist = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    for (CategoryRule category : rulebook.categories()) {
      List<OrgProgress> qualifying = new ArrayList<>();
      for (OrgProgress p : ranked) {
        if (!p.category().equals(category.name()) || !p.metAll()) {
          continue;
        }
        if (channelFor(rulebook, p).isPresent()) {
          qualifying.add(p); // the others are registry problems, reported once per channel
        }
      }
      List<OrgProgress> chosen =
          category.distribution() == Distribution.RANK_UNDER_CAP
              ? byRank(rulebook, category, qualifying, used)
              : proportional(rulebook, category, qualifying, used, seats, notes);
      for (OrgProgress p : chosen) {
        shortlist.add(
            new ShortlistEntry(
                p.category(),
                p.rankInCategory(),
                p.orgId(),
                p.orgName(),
                p.channel(),
                p.completion()));
      }
      if (category.distribution() == Distribution.RANK_UNDER_CAP) {
        chosen.forEach(p -> seats.merge(p.channel(), 1, Integer::sum));
      }
    }
    List<ReserveEntry> reserve = reserve(rulebook, ranked);
    return new Selection(
        shortlist, fills(rulebook, ranked, shortlist, reserve, seats), reserve, notes);
  }

  private static java.util.Optional<ChannelRule> channelFor(Rulebook rulebook, OrgProgress p) {
    return rulebook.channel(p.channel()).filter(c -> c.categories().contains(p.category()));
  }

  private static List<OrgProgress> byRank(
      Rulebook rulebook,
      CategoryRule category,
      List<OrgProgress> qualifying,
      Map<String, Integer> used) {
    List<OrgProgress> chosen = new ArrayList<>();
    for (OrgProgress p : qualifying) {
      if (chosen.size() >= category.quota()) {
        break;
      }
      int slots = rulebook.channel(p.channel()).orElseThrow().slots();
      if (used.getOrDefault(p.channel(), 0) < slots) {
        used.merge(p.channel(), 1, Integer::sum);
        chosen.add(p);
      }
    }
    return chosen;
  }

  private static List<OrgProgress> proportional(
      Rulebook rulebook,
      CategoryRule category,
      List<OrgProgress> qualifying,
      Map<String, Integer> used,
      Map<String, Integer> seatsOut,
      List<String> notes) {
    Map<String, List<OrgProgress>> byChannel = new LinkedHashMap<>();
    qualifying.forEach(p -> byChannel.computeIfAbsent(p.channel(), c -> new ArrayList<>()).add(p));
    List<Apportionment.Claim> claims = new ArrayList<>();
    byChannel.forEach(
        (channel, list) -> {
          int free =
              rulebook.channel(channel).orElseThrow().slots() - used.getOrDefault(channel, 0);
          claims.add(
              new Apportionment.Claim(
                  channel, list.size(), Math.min(free, list.size()), list.get(0).rankInCategory()));
        });
    int total = Math.min(category.quota(), qualifying.size());
    Apportionment.Outcome outcome =
        category.distribution() == Distribution.HAMILTON
            ? Apportionment.hamilton(total, claims)
            : Apportionment.dhondt(total, claims);
    outcome.ties().forEach(t -> notes.add(category.name() + ": " + t));
    List<OrgProgress> chosen = new ArrayList<>();
    outcome
        .seats()
        .forEach(
            (channel, n) -> {
              seatsOut.merge(channel, n, Integer::sum);
              used.merge(channel, n, Integer::sum);
              chosen.addAll(byChannel.get(channel).subList(0, n));
            });
    chosen.sort(LeagueTable.ORDER);
    return chosen;
  }

  private static List<ReserveEntry> reserve(Rulebook rulebook, List<OrgProgress> ranked) {
    List<ReserveEntry> out = new ArrayList<>();
    Map<String, Integer> taken = new HashMap<>();
    for (OrgProgress p : ranked) {
      if (p.metAll() || taken.getOrDefault(p.category(), 0) >= rulebook.reserveSize()) {
        continue;
      }
      taken.merge(p.category(), 1, Integer::sum);
      Map<ItemKind, Integer> missing = new LinkedHashMap<>();
      for (ItemKind kind : ItemKind.values()) {
        if (p.shortBy(kind) > 0) {
          missing.put(kind, p.shortBy(kind));
        }
      }
      out.add(
          new ReserveEntry(
              p.category(), p.orgId(), p.orgName(), p.channel(), p.completion(), missing));
    }
    return out;
  }

  private static List<ChannelFill> fills(
      Rulebook rulebook,
      List<OrgProgress> ranked,
      List<ShortlistEntry> shortlist,
      List<ReserveEntry> reserve,
      Map<String, Integer> seats) {
    List<ChannelFill> out = new ArrayList<>();
    for (ChannelRule channel : rulebook.channels()) {
      int qualifying =
          (int)
              ranked.stream()
                  .filter(
                      p ->
                          p.metAll()
                              && p.channel().equals(channel.name())
                              && channel.categories().contains(p.category()))
                  .count();
      int near = (int) reserve.stream().filter(r -> r.channel().equals(channel.name())).count();
      int listed = (int) shortlist.stream().filter(s -> s.channel().equals(channel.name())).count();
      out.add(
          new ChannelFill(
              channel.name(),
              channel.slots(),
              qualifying,
              near,
              seats.getOrDefault(channel.name(), 0),
              listed));
    }
    return out;
  }
}
