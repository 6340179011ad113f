package cn.kczg.jobs.programs.stationfunding;

import cn.kczg.jobs.programs.FormTemplate;
import cn.kczg.reports.forms.Form;
import cn.kczg.reports.text.ChineseAmount;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The annexes of 岳人才办发〔2021〕8号 filled for each eligible station, from the rulebook's form
 * templates: 附件1 (申请表, with the amount in figures and in capitals, 大写) and 附件2 (备案登记表, with the
 * station's level and industry chain ticked). Values the list does not give stay blank for the
 * applicant to fill in by hand.
 */
final class StationForms {
  /** The forms a rulebook may lay out. */
  static final List<String> FORMS = List.of("application", "registration");

  /** The station list's optional fields the forms may show. */
  static final List<String> OPTIONAL_FIELDS =
      List.of(
          "society",
          "purpose",
          "work",
          "leader",
          "leader_title",
          "leader_phone",
          "address",
          "postcode",
          "contact",
          "contact_title",
          "contact_phone",
          "email",
          "bank_account");

  private static final List<String> COMPUTED =
      List.of(
          "station",
          "level",
          "host",
          "host_type",
          "founded",
          "chain",
          "assessment",
          "eligible_from",
          "amount",
          "amount_capitals",
          "level_boxes",
          "chain_boxes");

  private StationForms() {}

  /** Every placeholder a template may use. */
  static Set<String> placeholders() {
    Set<String> out = new LinkedHashSet<>(COMPUTED);
    out.addAll(OPTIONAL_FIELDS);
    return out;
  }

  /** The forms of every eligible station, in decision order, each template in rulebook order. */
  static List<Form> of(StationFundingRules rules, List<FundingDecision> decisions) {
    List<Form> out = new ArrayList<>();
    for (FundingDecision d : decisions) {
      if (d.status() == Eligibility.ELIGIBLE) {
        Map<String, String> values = values(rules, d);
        for (FormTemplate template : rules.forms().values()) {
          out.add(template.fill(values));
        }
      }
    }
    return out;
  }

  private static Map<String, String> values(StationFundingRules rules, FundingDecision d) {
    Station s = d.station();
    Map<String, String> v = new LinkedHashMap<>();
    OPTIONAL_FIELDS.forEach(f -> v.put(f, s.row().text(f)));
    v.put("station", s.name());
    v.put("level", s.level());
    v.put("host", s.host());
    v.put("host_type", s.hostType());
    v.put("founded", s.founded().toString());
    v.put("chain", s.chain());
    v.put("assessment", s.assessment());
    v.put("eligible_from", d.eligibleFrom() == null ? "" : d.eligibleFrom().toString());
    v.put("amount", d.amount().toPlainString());
    v.put("amount_capitals", ChineseAmount.of(d.amount()));
    v.put("level_boxes", boxes(new ArrayList<>(rules.funding().keySet()), s.level()));
    v.put("chain_boxes", boxes(rules.industryChains(), s.chain()));
    return v;
  }

  /** A row of tick boxes, the chosen one ticked: "☑国家级 □省级". */
  static String boxes(List<String> options, String chosen) {
    List<String> out = new ArrayList<>();
    options.forEach(o -> out.add((o.equals(chosen) ? "☑" : "□") + o));
    return String.join(" ", out);
  }
}
