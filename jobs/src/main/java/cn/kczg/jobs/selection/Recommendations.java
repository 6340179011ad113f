package cn.kczg.jobs.selection;

import cn.kczg.schemas.messages.Messages;
import cn.kczg.schemas.program.ChannelRule;
import cn.kczg.schemas.program.Rulebook;
import cn.kczg.schemas.result.ChannelList;
import cn.kczg.schemas.result.NotSelectedEntry;
import cn.kczg.schemas.result.OrgProgress;
import cn.kczg.schemas.result.ReserveEntry;
import cn.kczg.schemas.result.SelectionStage;
import cn.kczg.schemas.result.ShortlistEntry;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Stage 1 of the selection (衡市科协字〔2022〕16号 一、（三）): each channel recommends, best first, up to its
 * slots of its own organizations that meet every target; a category the channel limits separately
 * ({@code category_slots}) stops at its own limit. The rest of a channel's slots stay unfilled and
 * show its nearest non-qualifying organizations with what each lacks. A qualifying organization its
 * channel could not take is left out here, with the slots that cut it.
 */
final class Recommendations {
  private final Rulebook rulebook;
  private final List<ChannelList> lists = new ArrayList<>();
  private final List<NotSelectedEntry> cut = new ArrayList<>();

  private Recommendations(Rulebook rulebook) {
    this.rulebook = rulebook;
  }

  /** The stage-1 lists of every channel of the rulebook, from ranked progress rows. */
  static Recommendations of(Rulebook rulebook, List<OrgProgress> ranked) {
    Recommendations r = new Recommendations(rulebook);
    rulebook.channels().forEach(c -> r.channel(c, ranked));
    return r;
  }

  /** Every channel's list, in rulebook order. */
  List<ChannelList> lists() {
    return List.copyOf(lists);
  }

  /** The qualifying organizations a channel's slots left out. */
  List<NotSelectedEntry> cut() {
    return List.copyOf(cut);
  }

  private void channel(ChannelRule channel, List<OrgProgress> ranked) {
    List<OrgProgress> taken = new ArrayList<>();
    List<OrgProgress> left = new ArrayList<>();
    Map<String, Integer> perCategory = new HashMap<>();
    // Each qualifying organization's place among the channel's qualifying ones, overall and within
    // its category, computed once: a channel may leave thousands out.
    Map<OrgProgress, int[]> places = new IdentityHashMap<>();
    Map<String, Integer> inCategory = new HashMap<>();
    for (OrgProgress p : ranked) {
      if (!p.metAll() || !belongs(channel, p)) {
        continue;
      }
      places.put(p, new int[] {places.size() + 1, inCategory.merge(p.category(), 1, Integer::sum)});
      boolean room =
          taken.size() < channel.slots()
              && perCategory.getOrDefault(p.category(), 0) < channel.slotsFor(p.category());
      if (room) {
        taken.add(p);
        perCategory.merge(p.category(), 1, Integer::sum);
      } else {
        left.add(p);
      }
    }
    List<ShortlistEntry> recommended = new ArrayList<>();
    for (OrgProgress p : taken) {
      recommended.add(entry(p, tieBreakWon(channel, p, left)));
    }
    left.forEach(p -> cut.add(leftOut(channel, p, taken, places.get(p))));
    lists.add(
        new ChannelList(
            channel.name(), channel.slots(), recommended, nearest(channel, ranked, taken.size())));
  }

  static boolean belongs(ChannelRule channel, OrgProgress p) {
    return p.channel().equals(channel.name()) && channel.categories().contains(p.category());
  }

  /** The list an organization competed in: its category's when that is limited apart. */
  private static List<OrgProgress> group(ChannelRule channel, OrgProgress p, List<OrgProgress> in) {
    boolean byCategory = channel.slotsFor(p.category()) < channel.slots();
    return byCategory ? in.stream().filter(x -> x.category().equals(p.category())).toList() : in;
  }

  private String tieBreakWon(ChannelRule channel, OrgProgress p, List<OrgProgress> left) {
    List<OrgProgress> rivals = group(channel, p, left);
    return rivals.isEmpty()
        ? ""
        : prefixed(TieBreaks.decided(rulebook.tieBreaks(), p, rivals.get(0)), rivals.get(0));
  }

  private NotSelectedEntry leftOut(
      ChannelRule channel, OrgProgress p, List<OrgProgress> taken, int[] place) {
    boolean byCategory = channel.slotsFor(p.category()) < channel.slots();
    List<OrgProgress> in = group(channel, p, taken);
    OrgProgress last = in.get(in.size() - 1);
    String cutBy =
        byCategory
            ? Messages.current()
                .text("selection.channel_category_slots", channel.name(), p.category())
            : Messages.current().text("selection.channel_slots", channel.name());
    return Shortlister.leftOut(
        p,
        SelectionStage.RECOMMENDATION,
        cutBy,
        byCategory ? channel.slotsFor(p.category()) : channel.slots(),
        byCategory ? place[1] : place[0],
        versus(TieBreaks.decided(rulebook.tieBreaks(), last, p), last));
  }

  private List<ReserveEntry> nearest(ChannelRule channel, List<OrgProgress> ranked, int taken) {
    int unfilled = Math.max(0, channel.slots() - taken);
    return ranked.stream()
        .filter(p -> !p.metAll() && belongs(channel, p))
        .sorted(TieBreaks.order(rulebook.tieBreaks()))
        .limit(unfilled)
        .map(Shortlister::reserveEntry)
        .toList();
  }

  static ShortlistEntry entry(OrgProgress p, String tieBreak) {
    return new ShortlistEntry(
        p.category(),
        p.rankInCategory(),
        p.orgId(),
        p.orgName(),
        p.channel(),
        p.completion(),
        tieBreak);
  }

  /** "与未入选的「X」…" for an entry that won a tie. */
  static String prefixed(String decided, OrgProgress loser) {
    return decided.isEmpty()
        ? ""
        : Messages.current()
            .text("tie_break.against_left_out", loser.orgName(), loser.orgId(), decided);
  }

  /** "与最后入选的「X」…" for an organization that lost a tie. */
  static String versus(String decided, OrgProgress winner) {
    return decided.isEmpty()
        ? ""
        : Messages.current()
            .text("tie_break.against_last_in", winner.orgName(), winner.orgId(), decided);
  }
}
