package cn.kczg.schemas.program;

import java.util.List;
import java.util.Optional;

/**
 * One organization category of a program: its quota on the shortlist, its targets (per level where
 * it has levels), and how its quota is spread over channels.
 *
 * @param name 机构类型, e.g. 企业
 * @param quota organizations of this category the city selects (the notice's "N 个左右")
 * @param targets one rule without level, or one per level
 * @param distribution how the quota is spread over channels when more qualify than fit
 * @param tolerance how "左右" (about) is read: 0 selects exactly up to the quota; N lets the city
 *     select up to quota + N when that keeps every organization tied with the last one inside the
 *     quota on the program's score, so none of them is cut by a tie-break the notice lacks
 */
public record CategoryRule(
    String name, int quota, List<TargetRule> targets, Distribution distribution, int tolerance) {
  public CategoryRule {
    targets = List.copyOf(targets);
  }

  /** A category whose quota is exact. */
  public CategoryRule(String name, int quota, List<TargetRule> targets, Distribution distribution) {
    this(name, quota, targets, distribution, 0);
  }

  /** The rule for an organization's level; falls back to the category's level-less rule. */
  public Optional<TargetRule> targetsFor(String level) {
    String l = level == null ? "" : level.trim();
    return targets.stream()
        .filter(t -> t.level().equals(l))
        .findFirst()
        .or(() -> targets.stream().filter(t -> t.level().isEmpty()).findFirst());
  }

  /** True when the category's targets differ by level. */
  public boolean hasLevels() {
    return targets.stream().anyMatch(t -> !t.level().isEmpty());
  }
}
