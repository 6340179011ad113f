package cn.kczg.jobs.programs;

import cn.kczg.jobs.programs.rankinglists.RankingListsRunner;
import cn.kczg.jobs.programs.scorecard.ScorecardRunner;
import cn.kczg.jobs.programs.stationfunding.StationFundingRunner;
import cn.kczg.jobs.programs.stationtasks.StationTasksRunner;
import java.util.List;
import java.util.Optional;

/**
 * The runners of the program types that run without Spark. The CLI dispatches {@code ./kczg run
 * --program ID} to {@code forType(rulebook.type())}.
 */
public final class ProgramRunners {
  private static final List<ProgramRunner> RUNNERS =
      List.of(
          new ScorecardRunner(),
          new StationFundingRunner(),
          new StationTasksRunner(),
          new RankingListsRunner());

  private ProgramRunners() {}

  /** Every runner, in a fixed order. */
  public static List<ProgramRunner> all() {
    return RUNNERS;
  }

  /** The rulebook types these runners cover, e.g. {@code scorecard}. */
  public static List<String> types() {
    return RUNNERS.stream().map(ProgramRunner::type).toList();
  }

  /** The runner of a type, if one of these runs it. */
  public static Optional<ProgramRunner> find(String type) {
    return RUNNERS.stream().filter(r -> r.type().equals(type)).findFirst();
  }

  /** The runner of a type, or an error naming the types that are known. */
  public static ProgramRunner forType(String type) {
    return find(type).orElseThrow(() -> ProgramErrors.unknownType(type, types()));
  }
}
