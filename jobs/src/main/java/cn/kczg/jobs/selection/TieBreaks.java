package cn.kczg.jobs.selection;

import cn.kczg.schemas.messages.Messages;
import cn.kczg.schemas.program.TieBreak;
import cn.kczg.schemas.result.OrgProgress;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The league order built from a rulebook's tie-breaks, and the words that say which tie-break put
 * one organization ahead of another with the same score.
 *
 * <p>Example: A and B both score 100.0%, A has 240 items published and B 235; with tie-breaks
 * [completion, total, org_id] {@code decided(A, B)} is "得分相同（100.0%），按引擎附加的决胜规则“发布总量”决定：240 > 235".
 */
final class TieBreaks {
  private TieBreaks() {}

  /** Best first: the score, then each tie-break in turn. */
  static Comparator<OrgProgress> order(List<TieBreak> tieBreaks) {
    Comparator<OrgProgress> order = Comparator.comparingDouble(OrgProgress::score).reversed();
    for (TieBreak t : tieBreaks) {
      order = order.thenComparing(key(t));
    }
    return order;
  }

  private static Comparator<OrgProgress> key(TieBreak t) {
    return switch (t) {
      case COMPLETION -> Comparator.comparingDouble(OrgProgress::completion).reversed();
      case TOTAL -> Comparator.comparingInt(OrgProgress::total).reversed();
      case ORG_ID -> Comparator.comparing(OrgProgress::orgId);
    };
  }

  /** True when the two have the same score, so only a tie-break can order them. */
  static boolean tied(OrgProgress a, OrgProgress b) {
    return Double.compare(a.score(), b.score()) == 0;
  }

  /**
   * How the tie-break put {@code ahead} before {@code behind}, in words; empty when their scores
   * differ (the notice's own criterion decided).
   */
  static String decided(List<TieBreak> tieBreaks, OrgProgress ahead, OrgProgress behind) {
    if (!tied(ahead, behind)) {
      return "";
    }
    Messages m = Messages.current();
    String score = percent(ahead.score());
    for (TieBreak t : tieBreaks) {
      if (key(t).compare(ahead, behind) != 0) {
        return m.text(
            "tie_break.decided",
            score,
            m.text("tie_break." + t.key()),
            value(t, ahead) + sign(t) + value(t, behind));
      }
    }
    return m.text("tie_break.decided_by", score, m.text("tie_break." + TieBreak.ORG_ID.key()));
  }

  private static String sign(TieBreak t) {
    return t == TieBreak.ORG_ID ? " < " : " > ";
  }

  private static String value(TieBreak t, OrgProgress p) {
    return switch (t) {
      case COMPLETION -> percent(p.completion());
      case TOTAL -> String.valueOf(p.total());
      case ORG_ID -> p.orgId();
    };
  }

  private static String percent(double v) {
    return String.format(Locale.ROOT, "%.1f%%", v * 100);
  }
}
