package cn.kczg.jobs.selection;

import cn.kczg.schemas.messages.Messages;
import cn.kczg.schemas.program.CategoryRule;
import cn.kczg.schemas.program.Distribution;
import cn.kczg.schemas.program.Rulebook;
import cn.kczg.schemas.result.ChannelList;
import cn.kczg.schemas.result.NotSelectedEntry;
import cn.kczg.schemas.result.OrgProgress;
import cn.kczg.schemas.result.SelectionStage;
import cn.kczg.schemas.result.ShortlistEntry;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Stage 2 of the selection (衡市科协字〔2022〕16号 三、（二）): among the organizations the channels
 * recommended, the city selects per category up to its quota. The category's distribution decides
 * how:
 *
 * <ul>
 *   <li>{@code rank-under-cap}: best first. "左右" is read by the category's {@code tolerance}: with
 *       0 the quota is exact; with N the city takes up to quota + N when that takes every
 *       organization tied on the score with the last one inside the quota (so no tie-break the
 *       notice lacks cuts them); when the tied group does not fit, the quota holds and the
 *       rulebook's tie-breaks decide, which the outputs then say.
 *   <li>{@code hamilton} / {@code dhondt}: seats per channel in proportion to its recommended
 *       organizations ({@link Apportionment}), filled best first within each channel.
 * </ul>
 */
final class CityDecision {
  private final Rulebook rulebook;
  private final List<ShortlistEntry> selected = new ArrayList<>();
  private final List<NotSelectedEntry> cut = new ArrayList<>();
  private final Map<String, Integer> seats = new HashMap<>();
  private final List<String> notes = new ArrayList<>();

  private CityDecision(Rulebook rulebook) {
    this.rulebook = rulebook;
  }

  /** Decides every category of the rulebook from the channels' lists. */
  static CityDecision of(Rulebook rulebook, List<ChannelList> lists, List<OrgProgress> ranked) {
    Set<String> recommended =
        lists.stream()
            .flatMap(l -> l.recommended().stream())
            .map(ShortlistEntry::orgId)
            .collect(Collectors.toSet());
    CityDecision d = new CityDecision(rulebook);
    for (CategoryRule category : rulebook.categories()) {
      List<OrgProgress> candidates =
          ranked.stream()
              .filter(p -> p.category().equals(category.name()) && recommended.contains(p.orgId()))
              .toList();
      if (category.distribution() == Distribution.RANK_UNDER_CAP) {
        d.byRank(category, candidates);
      } else {
        d.proportional(category, candidates);
      }
    }
    return d;
  }

  List<ShortlistEntry> selected() {
    return List.copyOf(selected);
  }

  List<NotSelectedEntry> cut() {
    return List.copyOf(cut);
  }

  /** Seats per channel: its selected organizations, or what the apportionment gave it. */
  Map<String, Integer> seats() {
    return Map.copyOf(seats);
  }

  List<String> notes() {
    return List.copyOf(notes);
  }

  private void byRank(CategoryRule category, List<OrgProgress> candidates) {
    int take = places(category, candidates);
    List<OrgProgress> in = candidates.subList(0, take);
    List<OrgProgress> out = candidates.subList(take, candidates.size());
    for (OrgProgress p : in) {
      String won =
          out.isEmpty()
              ? ""
              : Recommendations.prefixed(
                  TieBreaks.decided(rulebook.tieBreaks(), p, out.get(0)), out.get(0));
      selected.add(Recommendations.entry(p, won));
      seats.merge(p.channel(), 1, Integer::sum);
    }
    OrgProgress last = in.isEmpty() ? null : in.get(in.size() - 1);
    for (int i = 0; i < out.size(); i++) {
      OrgProgress p = out.get(i);
      String lost =
          last == null
              ? ""
              : Recommendations.versus(TieBreaks.decided(rulebook.tieBreaks(), last, p), last);
      cut.add(leftOut(category, p, take, take + i + 1, lost));
    }
  }

  /** How many of the ranked candidates the city takes: the quota, widened by the tolerance. */
  private int places(CategoryRule category, List<OrgProgress> candidates) {
    int quota = Math.min(category.quota(), candidates.size());
    if (quota == 0 || quota == candidates.size()) {
      return quota;
    }
    OrgProgress last = candidates.get(quota - 1);
    int tied = 0;
    while (quota + tied < candidates.size() && TieBreaks.tied(last, candidates.get(quota + tied))) {
      tied++;
    }
    if (tied == 0) {
      return quota;
    }
    if (tied <= category.tolerance()) {
      notes.add(
          Messages.current()
              .text(
                  "selection.tolerance_takes",
                  category.name(),
                  tied,
                  category.quota(),
                  category.tolerance(),
                  quota + tied));
      return quota + tied;
    }
    Messages m = Messages.current();
    notes.add(
        m.text(
            "selection.tie_breaks_decide",
            category.name(),
            tied,
            category.quota(),
            category.tolerance(),
            m.list(
                rulebook.tieBreaks().stream().map(t -> m.text("tie_break." + t.key())).toList())));
    return quota;
  }

  private NotSelectedEntry leftOut(
      CategoryRule category, OrgProgress p, int limit, int place, String tieBreak) {
    Messages m = Messages.current();
    String cutBy =
        m.text(
            "selection.city_quota",
            category.name(),
            category.quota(),
            category.tolerance() == 0
                ? m.text("selection.exact")
                : m.text("selection.tolerance", category.tolerance()));
    return Shortlister.leftOut(p, SelectionStage.CITY, cutBy, limit, place, tieBreak);
  }

  private void proportional(CategoryRule category, List<OrgProgress> candidates) {
    Map<String, List<OrgProgress>> byChannel = new LinkedHashMap<>();
    candidates.forEach(p -> byChannel.computeIfAbsent(p.channel(), c -> new ArrayList<>()).add(p));
    List<Apportionment.Claim> claims = new ArrayList<>();
    byChannel.forEach(
        (channel, list) ->
            claims.add(
                new Apportionment.Claim(
                    channel, list.size(), list.size(), list.get(0).rankInCategory())));
    int total = Math.min(category.quota(), candidates.size());
    Apportionment.Outcome outcome =
        category.distribution() == Distribution.HAMILTON
            ? Apportionment.hamilton(total, claims)
            : Apportionment.dhondt(total, claims);
    outcome
        .ties()
        .forEach(t -> notes.add(Messages.current().text("selection.note", category.name(), t)));
    List<ShortlistEntry> chosen = new ArrayList<>();
    outcome
        .seats()
        .forEach(
            (channel, n) -> {
              seats.merge(channel, n, Integer::sum);
              List<OrgProgress> list = byChannel.get(channel);
              list.subList(0, n).forEach(p -> chosen.add(Recommendations.entry(p, "")));
              for (int i = n; i < list.size(); i++) {
                OrgProgress p = list.get(i);
                cut.add(
                    Shortlister.leftOut(
                        p,
                        SelectionStage.CITY,
                        Messages.current()
                            .text(
                                "selection.apportioned",
                                category.name(),
                                category.distribution().key(),
                                channel),
                        n,
                        i + 1,
                        ""));
              }
            });
    chosen.sort(
        java.util.Comparator.comparingInt(ShortlistEntry::rank)
            .thenComparing(ShortlistEntry::orgId));
    selected.addAll(chosen);
  }
}
