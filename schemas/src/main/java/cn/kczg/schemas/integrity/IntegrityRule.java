package cn.kczg.schemas.integrity;

/**
 * One integrity check of a program, with its thresholds. A check only flags; it changes counts only
 * where its rule says so (see {@link DuplicateExpertRule#countOnce()} and {@link
 * PaddedTitleRule#distinctOnly()}).
 */
public sealed interface IntegrityRule
    permits DuplicateExpertRule, PaddedTitleRule, BurstRule, WithdrawnRule {

  /** The check's name as written in the rulebook, e.g. {@code burst}. */
  String check();

  /** Whether the check runs ({@code enabled: false} keeps its settings but skips it). */
  boolean enabled();
}
