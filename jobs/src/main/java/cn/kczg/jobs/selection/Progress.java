package cn.kczg.jobs.selection;

import cn.kczg.schemas.model.IndicatorCounts;
import cn.kczg.schemas.model.ItemKind;
import cn.kczg.schemas.model.Organization;
import cn.kczg.schemas.program.CategoryRule;
import cn.kczg.schemas.program.Rulebook;
import cn.kczg.schemas.program.TargetRule;
import cn.kczg.schemas.result.OrgProgress;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Each organization's progress against its program's targets: counts, targets by category and
 * level, whether all are met, and completion, the mean over the five kinds of min(count / target,
 * 1). Organizations whose category the program does not know are left out; registry problems are
 * reported once each with the organizations they affect ({@link RegistryProblems}).
 */
public final class Progress {
  private Progress() {}

  /** Progress rows (unranked) and the registry problems met on the way. */
  public record Computed(List<OrgProgress> rows, List<String> problems) {}

  /** Computes progress for every organization the program covers. */
  public static Computed compute(
      Rulebook rulebook, List<Organization> orgs, Function<String, IndicatorCounts> counts) {
    List<OrgProgress> rows = new ArrayList<>();
    RegistryProblems problems = new RegistryProblems(rulebook);
    for (Organization org : orgs) {
      Optional<CategoryRule> category = rulebook.category(org.category());
      if (category.isEmpty()) {
        problems.unknownCategory(org);
        continue;
      }
      Optional<TargetRule> rule = category.get().targetsFor(org.level());
      if (rule.isEmpty()) {
        problems.levelWithoutTargets(org);
        continue;
      }
      OrgProgress row = row(org, counts.apply(org.orgId()), rule.get().targets());
      problems.checkChannel(row);
      rows.add(row);
    }
    return new Computed(rows, problems.lines());
  }

  static OrgProgress row(Organization org, IndicatorCounts counts, IndicatorCounts targets) {
    double completion = completion(counts, targets);
    boolean metAll = true;
    for (ItemKind kind : ItemKind.values()) {
      metAll &= counts.get(kind) >= targets.get(kind);
    }
    return new OrgProgress(
        org.orgId(),
        org.name(),
        org.category(),
        org.level() == null ? "" : org.level(),
        nz(org.region()),
        nz(org.channel()),
        counts,
        targets,
        metAll,
        completion,
        completion,
        0,
        null);
  }

  /** Mean over the kinds of min(count / target, 1). */
  public static double completion(IndicatorCounts counts, IndicatorCounts targets) {
    double sum = 0;
    for (ItemKind kind : ItemKind.values()) {
      sum += Math.min(1.0, counts.get(kind) / (double) targets.get(kind));
    }
    return sum / ItemKind.values().length;
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }
}
