package cn.kczg.jobs.programs.testonly;

import cn.kczg.jobs.programs.InputRow;
import cn.kczg.jobs.programs.InputRows;
import cn.kczg.jobs.programs.InputSpec;
import cn.kczg.jobs.programs.ProgramInputs;
import cn.kczg.jobs.programs.ProgramOutputs;
import cn.kczg.jobs.programs.ProgramTables;
import cn.kczg.jobs.programs.ProgramType;
import cn.kczg.jobs.programs.SectionReader;
import cn.kczg.jobs.programs.TableOutputs;
import cn.kczg.reports.tables.ResultTable;
import cn.kczg.reports.tables.TableReport;
import cn.kczg.schemas.program.Rulebook;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A program type that lives only in the test sources, registered by the test folder's {@code
 * META-INF/services}: it tallies the entries of each group up to the as-of day and says which
 * groups reach the rulebook's threshold. Adding it touched no main code.
 */
public final class TallyType implements ProgramType<TallyType.Rules, TallyType.Results> {
  /** The tally section: the threshold a group must reach. */
  public record Rules(int threshold) {}

  /** Entries per group, and the rows that could not be read. */
  public record Results(InputRows entries, Map<String, Integer> tally) {}

  @Override
  public String type() {
    return "test-tally";
  }

  @Override
  public Rules rules(Rulebook rulebook) {
    SectionReader reader = SectionReader.of(rulebook);
    Map<String, Object> section = reader.section(rulebook, "tally");
    int threshold = reader.wholeNumber(section, "tally", "threshold", 1);
    reader.finish();
    return new Rules(threshold);
  }

  @Override
  public List<InputSpec> inputs(Rules rules) {
    return List.of(InputSpec.one("entries", List.of("group", "day")));
  }

  @Override
  public Results compute(Rules rules, ProgramInputs inputs, LocalDate asOf) {
    InputRows entries = inputs.rows("entries");
    Map<String, Integer> tally = new TreeMap<>();
    for (InputRow row : entries.rows()) {
      if (!row.date("day").isAfter(asOf)) {
        tally.merge(row.text("group"), 1, Integer::sum);
      }
    }
    return new Results(entries, tally);
  }

  @Override
  public ProgramOutputs outputs(Rulebook rulebook, Rules rules, Results r, LocalDate asOf) {
    List<List<Object>> rows = new ArrayList<>();
    r.tally().forEach((g, n) -> rows.add(List.of(g, n, n >= rules.threshold() ? "达到" : "未达到")));
    ResultTable tally =
        ResultTable.withCsv(
            "汇总", "tally.csv", List.of(r.entries().label("group"), "条数", "门槛"), rows);
    TableReport report =
        new TableReport(
            rulebook.title(),
            asOf,
            "tally.xlsx",
            List.of(tally, ProgramTables.problems(r.entries().problems())),
            List.of());
    return new TableOutputs(
        report,
        List.of(r.tally().size() + " group(s) tallied"),
        List.of("分组 " + r.tally().size() + " 个"),
        r.entries().problems().size());
  }
}
