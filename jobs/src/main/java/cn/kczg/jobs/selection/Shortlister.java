package cn.kczg.jobs.selection;

import cn.kczg.schemas.messages.Messages;
import cn.kczg.schemas.model.ItemKind;
import cn.kczg.schemas.program.CategoryRule;
import cn.kczg.schemas.program.ChannelRule;
import cn.kczg.schemas.program.Rulebook;
import cn.kczg.schemas.result.ChannelFill;
import cn.kczg.schemas.result.ChannelList;
import cn.kczg.schemas.result.NotSelectedEntry;
import cn.kczg.schemas.result.OrgProgress;
import cn.kczg.schemas.result.ReserveEntry;
import cn.kczg.schemas.result.SelectionStage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs a program's selection in the notice's two stages, from ranked progress rows (as from {@link
 * LeagueTable#rank}). Only organizations that meet every target take part.
 *
 * <ol>
 *   <li>{@link Recommendations}: each channel recommends up to its slots of its own qualifying
 *       organizations, best first (a channel's slots are shared by its categories, or limited per
 *       category by {@code category_slots});
 *   <li>{@link CityDecision}: among the recommended, the city selects per category up to the quota,
 *       read with the category's tolerance ("左右").
 * </ol>
 *
 * Every qualifying organization ends either on the shortlist or among the not-selected (达标未入选) with
 * the stage and the slots or quota that cut it; one whose channel is not a program channel for its
 * category cannot be recommended: it is listed among the not-selected with that reason, and {@link
 * Progress} reports the channel once among the registry problems.
 */
public final class Shortlister {
  private Shortlister() {}

  /** Selects from ranked progress rows. */
  public static Selection select(Rulebook rulebook, List<OrgProgress> ranked) {
    List<String> notes = new ArrayList<>();
    List<NotSelectedEntry> notSelected = new ArrayList<>(unchanneled(rulebook, ranked));
    Recommendations stage1 = Recommendations.of(rulebook, ranked);
    CityDecision stage2 = CityDecision.of(rulebook, stage1.lists(), ranked);
    notSelected.addAll(stage1.cut());
    notSelected.addAll(stage2.cut());
    notes.addAll(stage2.notes());
    List<String> order = rulebook.categories().stream().map(CategoryRule::name).toList();
    notSelected.sort(
        Comparator.comparingInt((NotSelectedEntry n) -> order.indexOf(n.category()))
            .thenComparingInt(NotSelectedEntry::rank));
    List<ReserveEntry> reserve = reserve(rulebook, ranked);
    return new Selection(
        stage2.selected(),
        fills(rulebook, ranked, stage1.lists(), stage2, reserve),
        reserve,
        notes,
        stage1.lists(),
        notSelected);
  }

  private static List<NotSelectedEntry> unchanneled(Rulebook rulebook, List<OrgProgress> ranked) {
    List<NotSelectedEntry> out = new ArrayList<>();
    for (OrgProgress p : ranked) {
      boolean channeled =
          rulebook.channel(p.channel()).filter(c -> Recommendations.belongs(c, p)).isPresent();
      if (!p.metAll() || channeled || rulebook.category(p.category()).isEmpty()) {
        continue;
      }
      out.add(
          leftOut(
              p,
              SelectionStage.RECOMMENDATION,
              Messages.current().text("selection.no_channel", p.channel(), p.category()),
              0,
              0,
              ""));
    }
    return out;
  }

  /** A qualifying organization left out, with what cut it. */
  static NotSelectedEntry leftOut(
      OrgProgress p, SelectionStage stage, String cutBy, int limit, int place, String tieBreak) {
    return new NotSelectedEntry(
        p.category(),
        p.rankInCategory(),
        p.orgId(),
        p.orgName(),
        p.channel(),
        p.completion(),
        stage,
        cutBy,
        limit,
        place,
        tieBreak);
  }

  private static List<ReserveEntry> reserve(Rulebook rulebook, List<OrgProgress> ranked) {
    List<ReserveEntry> out = new ArrayList<>();
    Map<String, Integer> taken = new HashMap<>();
    for (OrgProgress p : ranked) {
      if (p.metAll() || taken.getOrDefault(p.category(), 0) >= rulebook.reserveSize()) {
        continue;
      }
      taken.merge(p.category(), 1, Integer::sum);
      out.add(reserveEntry(p));
    }
    return out;
  }

  /** A non-qualifying organization with what it still lacks. */
  static ReserveEntry reserveEntry(OrgProgress p) {
    Map<ItemKind, Integer> missing = new LinkedHashMap<>();
    for (ItemKind kind : ItemKind.values()) {
      if (p.shortBy(kind) > 0) {
        missing.put(kind, p.shortBy(kind));
      }
    }
    return new ReserveEntry(
        p.category(), p.orgId(), p.orgName(), p.channel(), p.completion(), missing);
  }

  private static List<ChannelFill> fills(
      Rulebook rulebook,
      List<OrgProgress> ranked,
      List<ChannelList> lists,
      CityDecision stage2,
      List<ReserveEntry> reserve) {
    List<ChannelFill> out = new ArrayList<>();
    for (int i = 0; i < rulebook.channels().size(); i++) {
      ChannelRule channel = rulebook.channels().get(i);
      int qualifying =
          (int)
              ranked.stream()
                  .filter(p -> p.metAll() && Recommendations.belongs(channel, p))
                  .count();
      int near = (int) reserve.stream().filter(r -> r.channel().equals(channel.name())).count();
      int listed =
          (int) stage2.selected().stream().filter(s -> s.channel().equals(channel.name())).count();
      out.add(
          new ChannelFill(
              channel.name(),
              channel.slots(),
              qualifying,
              near,
              stage2.seats().getOrDefault(channel.name(), 0),
              listed,
              lists.get(i).recommended().size()));
    }
    return out;
  }
}
