package cn.kczg.jobs.programs.indicatortargets;

import cn.kczg.jobs.programs.InputSpec;
import cn.kczg.jobs.programs.ProgramInputs;
import cn.kczg.jobs.programs.ProgramOutputs;
import cn.kczg.jobs.programs.ProgramType;
import cn.kczg.jobs.programs.WarehouseAccess;
import cn.kczg.jobs.run.ProgramRun;
import cn.kczg.jobs.run.RunResult;
import cn.kczg.schemas.Errors;
import cn.kczg.schemas.integrity.IntegrityRules;
import cn.kczg.schemas.program.Rulebook;
import java.time.LocalDate;
import java.util.List;

/**
 * The {@code indicator-targets} type: the rulebook's own section (categories, channels, integrity
 * checks) is read and checked when the rulebook is loaded, so its typed rules are the {@link
 * Rulebook} itself (which must have categories); the computation is {@link ProgramRun} on the
 * warehouse, unchanged.
 */
public final class IndicatorTargetsType implements ProgramType<Rulebook, RunResult> {

  @Override
  public String type() {
    return "indicator-targets";
  }

  @Override
  public String description() {
    return "organizations' published items against targets: league tables, quotas, shortlist, forecast";
  }

  @Override
  public Rulebook rules(Rulebook rulebook) {
    if (rulebook.categories().isEmpty()) {
      throw Errors.badRulebook(
          rulebook.origin(), List.of("'categories' must list at least one category"));
    }
    IntegrityRules.of(rulebook.sections());
    return rulebook;
  }

  @Override
  public List<InputSpec> inputs(Rulebook rules) {
    return List.of(InputSpec.warehouse());
  }

  @Override
  public RunResult compute(Rulebook rules, ProgramInputs inputs, LocalDate asOf) {
    return run(rules, inputs.warehouse(), asOf);
  }

  @Override
  public ProgramOutputs outputs(
      Rulebook rulebook, Rulebook rules, RunResult results, LocalDate asOf) {
    return new IndicatorTargetsOutputs(results);
  }

  /** Runs the rulebook on the warehouse as of a day: today's {@link ProgramRun}, unchanged. */
  public static RunResult run(Rulebook rulebook, WarehouseAccess access, LocalDate asOf) {
    return new ProgramRun(access.warehouse(), access.aliases(), access.log())
        .overlappingStores()
        .execute(rulebook, asOf);
  }
}
