package cn.kczg.jobs.integrity;

import cn.kczg.schemas.messages.Messages;
import cn.kczg.schemas.model.ItemKind;
import java.time.LocalDate;
import java.util.List;

/**
 * The one-sentence explanation of each flag, in one place so the wording stays consistent, e.g.
 * {@code 资讯: 27 items on 2022-07-10, usual 0-2 a day; without them 24 of 30 (target met only with
 * them)}.
 */
public final class Sentences {
  private static final int TITLE_CHARS = 16;

  private Sentences() {}

  /** A burst day: its count, the usual range, and the figure without the day's items. */
  public static String burst(
      ItemKind kind,
      int count,
      LocalDate day,
      int usualLow,
      int usualHigh,
      int official,
      int target) {
    Messages m = Messages.current();
    String usual = usualLow == usualHigh ? usualLow + "" : usualLow + "-" + usualHigh;
    return m.text("integrity.burst", m.kind(kind), count, day, usual)
        + without("integrity.label.without", official, official - count, target);
  }

  /** Copied titles: how many items repeat how many titles, and the count of distinct titles. */
  public static String paddedTitles(
      ItemKind kind,
      int copies,
      int titleCount,
      List<String> titles,
      int official,
      int distinct,
      int unadjusted,
      int target,
      boolean policy) {
    Messages m = Messages.current();
    String head =
        m.text(
            titleCount == 1 ? "integrity.titles.one" : "integrity.titles.many",
            m.kind(kind),
            copies,
            titleCount,
            String.join(m.text("list.separator"), titles));
    return head
        + (policy
            ? policy("integrity.rule.distinct", official, unadjusted, target)
            : without("integrity.label.distinct", official, distinct, target));
  }

  /** Experts also listed under other organizations, and the count with each person once. */
  public static String duplicateExperts(
      int count,
      List<String> people,
      int official,
      int once,
      int unadjusted,
      int target,
      boolean policy) {
    Messages m = Messages.current();
    String head =
        m.text(
            count == 1 ? "integrity.experts.one" : "integrity.experts.many",
            m.kind(ItemKind.EXPERTS),
            count,
            String.join(m.text("integrity.people.separator"), people));
    return head
        + (policy
            ? policy("integrity.rule.once", official, unadjusted, target)
            : without("integrity.label.once", official, once, target));
  }

  /**
   * How two expert listings were found to be one person, as a clause after the person: {@code ,
   * matched on phone}, or {@code , matched on name, title and field only} when no identifier could
   * be compared.
   */
  public static String match(String strength) {
    String key =
        switch (strength) {
          case "id_number", "phone", "email" -> "integrity.match." + strength;
          default -> "integrity.match.name";
        };
    return Messages.current().text(key);
  }

  /** The identifier a match rests on, as the evidence names it: 手机号, or 姓名 for none. */
  public static String matchLabel(String strength) {
    String key =
        switch (strength) {
          case "id_number", "phone", "email" -> strength;
          default -> "name";
        };
    return Messages.current().text("integrity.match_label." + key);
  }

  /** Items counted in one drop and withdrawn in the next, with the counts at both drops. */
  public static String withdrawn(
      ItemKind kind,
      int items,
      LocalDate countedOn,
      LocalDate withdrawnOn,
      int before,
      int after,
      int target) {
    Messages m = Messages.current();
    String turn = before >= target && after < target ? m.text("integrity.turn") : "";
    return m.text(
            items == 1 ? "integrity.withdrawn.one" : "integrity.withdrawn.many",
            m.kind(kind),
            items,
            countedOn,
            withdrawnOn,
            before,
            target,
            after)
        + turn;
  }

  /** A title as the sentence shows it: quoted, cut at 16 characters, with its copies. */
  public static String quoted(String title, int copies) {
    String t =
        title.codePointCount(0, title.length()) > TITLE_CHARS
            ? title.substring(0, title.offsetByCodePoints(0, TITLE_CHARS)) + "…"
            : title;
    return "“" + t + "” ×" + copies;
  }

  private static String without(String label, int official, int adjusted, int target) {
    Messages m = Messages.current();
    String note =
        official < target
            ? "integrity.note.not_met"
            : adjusted < target ? "integrity.note.only_with" : "integrity.note.either_way";
    return m.text("integrity.without", m.text(label), adjusted, target) + m.text(note);
  }

  private static String policy(String rule, int official, int unadjusted, int target) {
    Messages m = Messages.current();
    return m.text("integrity.policy", m.text(rule), official, target, unadjusted);
  }
}
