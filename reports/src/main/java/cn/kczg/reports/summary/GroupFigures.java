package cn.kczg.reports.summary;

import cn.kczg.reports.ReportModel;
import cn.kczg.schemas.result.ChannelFill;
import cn.kczg.schemas.result.OrgProgress;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * One line of the summary: a category or a recommending channel, how many organizations it has, how
 * many meet every target now and a week ago, and how full its shortlist seats are.
 *
 * <p>Example: 企业 with 281 organizations, 144 meeting all (137 a week ago, so {@code change() ==
 * 7}), 90 shortlisted of 90 seats ({@code fill() == 1.0}).
 *
 * @param group {@link #CATEGORY} or {@link #CHANNEL}
 * @param name the category or channel
 * @param organizations organizations in it
 * @param meetingAll those meeting every target
 * @param meetingAllBefore those meeting every target at the previous as-of, or null when unknown
 * @param meanCompletion mean completion (0 when empty)
 * @param meanCompletionBefore mean completion at the previous as-of, or null when unknown
 * @param shortlisted a category's organizations the city selects; a channel's organizations it
 *     recommends (stage 1), so its slots are measured against its own list
 * @param seats the category's quota or the channel's slots
 */
public record GroupFigures(
    String group,
    String name,
    int organizations,
    int meetingAll,
    Integer meetingAllBefore,
    double meanCompletion,
    Double meanCompletionBefore,
    int shortlisted,
    int seats) {
  /** The group of a category line (shown as the text of {@code group.category}: 机构类型). */
  public static final String CATEGORY = "category";

  /** The group of a channel line (shown as the text of {@code group.channel}: 推荐渠道). */
  public static final String CHANNEL = "channel";

  /** The lines of a model: every category in display order, then every channel by name. */
  public static List<GroupFigures> of(ReportModel model) {
    List<GroupFigures> out = new ArrayList<>();
    for (String category : model.categories()) {
      int shortlisted =
          (int) model.shortlist().stream().filter(s -> category.equals(s.category())).count();
      out.add(
          line(
              model,
              CATEGORY,
              category,
              p -> category.equals(p.category()),
              shortlisted,
              model.program().quota(category)));
    }
    for (ChannelFill c : model.channels()) {
      out.add(
          line(
              model,
              CHANNEL,
              c.channel(),
              p -> c.channel().equals(p.channel()),
              c.recommended(),
              c.slots()));
    }
    return out;
  }

  /**
   * Change in organizations meeting every target since the previous as-of, or null when unknown.
   */
  public Integer change() {
    return meetingAllBefore == null ? null : meetingAll - meetingAllBefore;
  }

  /** Seats left empty. */
  public int unfilled() {
    return Math.max(0, seats - shortlisted);
  }

  /** Shortlisted over seats (0 when there are no seats). */
  public double fill() {
    return seats <= 0 ? 0 : (double) shortlisted / seats;
  }

  private static GroupFigures line(
      ReportModel model,
      String group,
      String name,
      Predicate<OrgProgress> in,
      int shortlisted,
      int seats) {
    List<OrgProgress> now = model.progress().stream().filter(in).toList();
    List<OrgProgress> before = model.previousProgress().stream().filter(in).toList();
    boolean known = !model.previousProgress().isEmpty();
    return new GroupFigures(
        group,
        name,
        now.size(),
        meeting(now),
        known ? meeting(before) : null,
        mean(now),
        known ? mean(before) : null,
        shortlisted,
        seats);
  }

  private static int meeting(List<OrgProgress> rows) {
    return (int) rows.stream().filter(OrgProgress::metAll).count();
  }

  private static double mean(List<OrgProgress> rows) {
    return rows.stream().mapToDouble(OrgProgress::completion).average().orElse(0);
  }
}
