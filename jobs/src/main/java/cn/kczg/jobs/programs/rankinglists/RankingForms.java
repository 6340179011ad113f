package cn.kczg.jobs.programs.rankinglists;

import cn.kczg.reports.forms.Form;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * 附件2 of the 2023 ranking lists notice (《2023年"科创中国"系列榜单申报样表》), filled for each clean nomination
 * from the rulebook's template: what the nominations give, and the first-round reviewer (初评机构) it
 * goes to. The notice names the annex but does not print it, so the template holds only what the
 * notice states; the rest is left for the applicant.
 */
final class RankingForms {
  /** The forms a rulebook may lay out. */
  static final List<String> FORMS = List.of("nomination");

  /** The nominations' optional fields the form may show. */
  static final List<String> OPTIONAL_FIELDS = List.of("contact", "phone", "summary");

  private static final List<String> COMPUTED =
      List.of(
          "order",
          "candidate",
          "list",
          "field",
          "recommender",
          "channels",
          "submitted_at",
          "reviewer",
          "reviewer_contact",
          "reviewer_phone");

  private RankingForms() {}

  /** Every placeholder a template may use. */
  static Set<String> placeholders() {
    Set<String> out = new LinkedHashSet<>(COMPUTED);
    out.addAll(OPTIONAL_FIELDS);
    return out;
  }

  /** The forms of the clean nominations, in their order. */
  static List<Form> of(RankingRules rules, List<Nomination> clean) {
    List<Form> out = new ArrayList<>();
    for (Nomination n : clean) {
      rules.forms().values().forEach(t -> out.add(t.fill(values(rules, n))));
    }
    return out;
  }

  private static Map<String, String> values(RankingRules rules, Nomination n) {
    Map<String, String> v = new LinkedHashMap<>();
    OPTIONAL_FIELDS.forEach(f -> v.put(f, n.row().text(f)));
    v.put("order", String.valueOf(n.order()));
    v.put("candidate", n.candidate());
    v.put("list", n.list());
    v.put("field", n.field());
    v.put("recommender", n.recommender());
    v.put("channels", String.join("、", n.channels()));
    v.put("submitted_at", n.submittedAt() == null ? "" : RankingTables.time(n.submittedAt()));
    rules
        .reviewer(n.list(), n.field())
        .ifPresent(
            r -> {
              v.put("reviewer", r.reviewer());
              v.put("reviewer_contact", r.contact());
              v.put("reviewer_phone", r.phone());
            });
    return v;
  }
}
