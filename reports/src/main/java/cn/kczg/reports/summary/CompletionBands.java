package cn.kczg.reports.summary;

import cn.kczg.reports.ReportModel;
import cn.kczg.schemas.result.OrgProgress;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How completion is spread within each category: organizations per band 0–20%, 20–40%, 40–60%,
 * 60–80%, 80–&lt;100% and 100% (every target met). A band includes its lower bound.
 *
 * <p>Example: completions 0.1, 0.5, 0.99, 1.0 fall in bands 0, 2, 4 and 5.
 */
public final class CompletionBands {
  /** Band labels in order. */
  public static final List<String> LABELS =
      List.of("0–20%", "20–40%", "40–60%", "60–80%", "80–<100%", "100%");

  private CompletionBands() {}

  /** The band index of a completion. */
  public static int band(double completion) {
    if (completion >= 1.0) {
      return LABELS.size() - 1;
    }
    return Math.max(0, Math.min(LABELS.size() - 2, (int) Math.floor(completion * 5)));
  }

  /** Organizations per band, for each category with organizations, in display order. */
  public static Map<String, int[]> of(ReportModel model) {
    Map<String, int[]> out = new LinkedHashMap<>();
    for (String category : model.categories()) {
      List<OrgProgress> rows =
          model.progress().stream().filter(p -> category.equals(p.category())).toList();
      if (!rows.isEmpty()) {
        int[] counts = new int[LABELS.size()];
        rows.forEach(p -> counts[band(p.completion())]++);
        out.put(category, counts);
      }
    }
    return out;
  }
}
