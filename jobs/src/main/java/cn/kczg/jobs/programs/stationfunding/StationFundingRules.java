package cn.kczg.jobs.programs.stationfunding;

import cn.kczg.jobs.programs.FormTemplate;
import cn.kczg.jobs.programs.SectionReader;
import cn.kczg.schemas.program.Rulebook;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code station_funding} section of a rulebook.
 *
 * @param program the rulebook id, for messages
 * @param operatingYears full years of operation before a station is eligible
 * @param newSince the measure's date: a station founded before it is not 新建
 * @param funding level (e.g. 国家级) to its one-time amount in CNY, in the rulebook's order
 * @param unfundedLevels levels that exist but are never funded (e.g. 市级)
 * @param qualified the assessment result that qualifies (合格)
 * @param failed the result that bars the station, and its host from then on (不合格)
 * @param pending the result of a station not yet assessed (未考核)
 * @param hostTypes level to the host types a station of that level is hosted by, "in principle"
 * @param hostTypesStrict true when a host of another type is not funded (else only listed)
 * @param industryChains the industry chains a station may serve
 * @param forms the annexes filled per eligible station: {@code application} (附件1 申请表) and {@code
 *     registration} (附件2 备案登记表)
 */
public record StationFundingRules(
    String program,
    int operatingYears,
    LocalDate newSince,
    Map<String, BigDecimal> funding,
    List<String> unfundedLevels,
    String qualified,
    String failed,
    String pending,
    Map<String, List<String>> hostTypes,
    boolean hostTypesStrict,
    List<String> industryChains,
    Map<String, FormTemplate> forms) {

  public StationFundingRules {
    funding = Collections.unmodifiableMap(new LinkedHashMap<>(funding));
    unfundedLevels = List.copyOf(unfundedLevels);
    hostTypes = Collections.unmodifiableMap(new LinkedHashMap<>(hostTypes));
    industryChains = List.copyOf(industryChains);
    forms = Collections.unmodifiableMap(new LinkedHashMap<>(forms));
  }

  /** Reads and checks the section; a rulebook with mistakes is refused listing all of them. */
  public static StationFundingRules from(Rulebook rulebook) {
    SectionReader reader = SectionReader.of(rulebook);
    String where = "station_funding";
    Map<String, Object> section = reader.section(rulebook, where);
    int years = reader.wholeNumber(section, where, "operating_years", 1);
    LocalDate newSince = reader.date(section, where, "new_since");
    Map<String, BigDecimal> funding = funding(reader, section);
    List<String> unfunded = reader.optionalTexts(section, where, "unfunded_levels");
    unfunded.stream()
        .filter(funding::containsKey)
        .forEach(
            l ->
                reader.problem(
                    where + ": level '" + l + "' is both funded and in unfunded_levels"));
    Map<String, Object> assessment = reader.map(section, where, "assessment");
    String qualified = reader.text(assessment, where + ".assessment", "qualified");
    String failed = reader.text(assessment, where + ".assessment", "failed");
    String pending = reader.text(assessment, where + ".assessment", "pending");
    if (new HashSet<>(List.of(qualified, failed, pending)).size() < 3) {
      reader.problem(
          where + ".assessment: qualified, failed and pending must be three different results");
    }
    Map<String, List<String>> hostTypes = hostTypes(reader, section, funding, unfunded);
    boolean strict = reader.flagOr(section, where, "host_types_strict");
    List<String> chains = reader.texts(section, where, "industry_chains");
    Map<String, FormTemplate> forms =
        FormTemplate.read(reader, section, where, StationForms.FORMS, StationForms.placeholders());
    reader.finish();
    return new StationFundingRules(
        rulebook.id(),
        years,
        newSince,
        funding,
        unfunded,
        qualified,
        failed,
        pending,
        hostTypes,
        strict,
        chains,
        forms);
  }

  private static Map<String, BigDecimal> funding(
      SectionReader reader, Map<String, Object> section) {
    Map<String, BigDecimal> out = new LinkedHashMap<>();
    List<Map<String, Object>> nodes = reader.maps(section, "station_funding", "funding");
    for (int i = 0; i < nodes.size(); i++) {
      String where = "station_funding.funding[" + i + "]";
      String level = reader.text(nodes.get(i), where, "level");
      BigDecimal amount = reader.amount(nodes.get(i), where, "amount");
      if (out.put(level, amount) != null) {
        reader.problem(where + ": level '" + level + "' is listed twice");
      }
    }
    return out;
  }

  private static Map<String, List<String>> hostTypes(
      SectionReader reader,
      Map<String, Object> section,
      Map<String, BigDecimal> funding,
      List<String> unfunded) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    Map<String, Object> node = reader.map(section, "station_funding", "host_types");
    for (String level : node.keySet()) {
      if (!funding.containsKey(level) && !unfunded.contains(level)) {
        reader.problem("station_funding.host_types: '" + level + "' is not a level of the program");
      }
      out.put(level, reader.texts(node, "station_funding.host_types", level));
    }
    return out;
  }

  /** True when the level is known, funded or not. */
  public boolean knownLevel(String level) {
    return funding.containsKey(level) || unfundedLevels.contains(level);
  }

  /** Every level, funded ones first. */
  public List<String> levels() {
    List<String> out = new java.util.ArrayList<>(funding.keySet());
    out.addAll(unfundedLevels);
    return out;
  }

  /** The three assessment results. */
  public List<String> results() {
    return List.of(qualified, failed, pending);
  }
}
