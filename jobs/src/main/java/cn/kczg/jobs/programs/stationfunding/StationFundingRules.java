package cn.kczg.jobs.programs.stationfunding;

import cn.kczg.jobs.programs.SectionReader;
import cn.kczg.schemas.program.Rulebook;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code station_funding} section of a rulebook.
 *
 * @param program the rulebook id, for messages
 * @param operatingYears full years of operation before a station is eligible
 * @param funding level (e.g. 国家级) to its one-time amount in CNY, in the rulebook's order
 * @param unfundedLevels levels that exist but are never funded (e.g. 市级)
 * @param qualified the assessment result that qualifies (合格)
 * @param failed the result that bars funding for good (不合格)
 * @param pending the result of a station not yet assessed (未考核)
 * @param industryChains the industry chains a station may serve
 */
public record StationFundingRules(
    String program,
    int operatingYears,
    Map<String, BigDecimal> funding,
    List<String> unfundedLevels,
    String qualified,
    String failed,
    String pending,
    List<String> industryChains) {

  public StationFundingRules {
    funding = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(funding));
    unfundedLevels = List.copyOf(unfundedLevels);
    industryChains = List.copyOf(industryChains);
  }

  /** Reads and checks the section; a rulebook with mistakes is refused listing all of them. */
  public static StationFundingRules from(Rulebook rulebook) {
    SectionReader reader = SectionReader.of(rulebook);
    String where = "station_funding";
    Map<String, Object> section = reader.section(rulebook, where);
    int years = reader.wholeNumber(section, where, "operating_years", 1);
    Map<String, BigDecimal> funding = funding(reader, section);
    List<String> unfunded =
        section.containsKey("unfunded_levels")
            ? reader.texts(section, where, "unfunded_levels")
            : List.of();
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
    if (new java.util.HashSet<>(List.of(qualified, failed, pending)).size() < 3) {
      reader.problem(
          where + ".assessment: qualified, failed and pending must be three different results");
    }
    List<String> chains = reader.texts(section, where, "industry_chains");
    reader.finish();
    return new StationFundingRules(
        rulebook.id(), years, funding, unfunded, qualified, failed, pending, chains);
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

  /** True when the level is known, funded or not. */
  public boolean knownLevel(String level) {
    return funding.containsKey(level) || unfundedLevels.contains(level);
  }
}
