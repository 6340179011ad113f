package cn.kczg.jobs.integrity;

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
    String usual = usualLow == usualHigh ? usualLow + "" : usualLow + "-" + usualHigh;
    return kind.label()
        + ": "
        + count
        + " items on "
        + day
        + ", usual "
        + usual
        + " a day; "
        + without("without them", official, official - count, target);
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
    String head =
        kind.label()
            + ": "
            + copies
            + " items repeat "
            + titleCount
            + " title"
            + (titleCount == 1 ? "" : "s")
            + " ("
            + String.join(", ", titles)
            + "); ";
    return head
        + (policy
            ? policy("distinct titles only", official, unadjusted, target)
            : without("distinct titles", official, distinct, target));
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
    String head =
        ItemKind.EXPERTS.label()
            + ": "
            + count
            + " expert"
            + (count == 1 ? "" : "s")
            + " also listed under other organizations ("
            + String.join("; ", people)
            + "); ";
    return head
        + (policy
            ? policy("each person once", official, unadjusted, target)
            : without("counted once", official, once, target));
  }

  /**
   * How two expert listings were found to be one person: {@code matched on phone}, or {@code
   * matched on name, title and field only} when no identifier could be compared.
   */
  public static String match(String strength) {
    return "matched on "
        + switch (strength) {
          case "id_number" -> "ID number";
          case "phone" -> "phone";
          case "email" -> "e-mail";
          default -> "name, title and field only";
        };
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
    String turn = before >= target && after < target ? " (target met, then missed)" : "";
    return kind.label()
        + ": "
        + items
        + " item"
        + (items == 1 ? "" : "s")
        + " counted on "
        + countedOn
        + " withdrawn by "
        + withdrawnOn
        + "; "
        + before
        + " of "
        + target
        + " then, "
        + after
        + " of "
        + target
        + " after"
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
    String note =
        official < target
            ? " (target not met either way)"
            : adjusted < target ? " (target met only with them)" : " (target met either way)";
    return label + " " + adjusted + " of " + target + note;
  }

  private static String policy(String rule, int official, int unadjusted, int target) {
    return "the rulebook counts "
        + rule
        + ": "
        + official
        + " of "
        + target
        + " ("
        + unadjusted
        + " without the rule)";
  }
}
