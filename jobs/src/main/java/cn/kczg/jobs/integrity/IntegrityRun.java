package cn.kczg.jobs.integrity;

import cn.kczg.jobs.integrity.Bursts.Burst;
import cn.kczg.jobs.integrity.IntegrityEvidence.DayCount;
import cn.kczg.jobs.integrity.IntegrityEvidence.Withdrawal;
import cn.kczg.jobs.metrics.MainStates;
import cn.kczg.schemas.integrity.BurstRule;
import cn.kczg.schemas.integrity.DuplicateExpertRule;
import cn.kczg.schemas.integrity.IntegrityRules;
import cn.kczg.schemas.integrity.PaddedTitleRule;
import cn.kczg.schemas.integrity.WithdrawnRule;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * Runs a program's enabled checks as of a date and gathers their evidence: {@link #request} says
 * what the counting scan must keep for them, {@link #gather} does the Spark work on what it kept,
 * {@link Gathered#findings} the plain-Java judgement once the official figures are known. Disabled
 * or absent checks cost nothing.
 */
public final class IntegrityRun {
  /** How many days of activity the chart of a flagged organization shows. */
  public static final int ACTIVITY_DAYS = 56;

  private IntegrityRun() {}

  /**
   * What the counting scan keeps for the enabled checks; {@code drops} are the drop dates up to the
   * as-of date, ascending.
   */
  public static MainStates.Request request(IntegrityRules rules, List<LocalDate> drops) {
    return new MainStates.Request(
        rules.enabled(WithdrawnRule.class).map(WithdrawnRule::statuses).orElse(List.of()), drops);
  }

  /**
   * What the checks found before any figure is compared.
   *
   * @param bursts burst days found in {@code evidence.days()}
   * @param activity daily counts over the chart period of every organization a check flags
   * @param millis how long the Spark work took (for the manifest, never in results)
   */
  public record Gathered(
      IntegrityRules rules,
      IntegrityEvidence evidence,
      List<Burst> bursts,
      List<IntegrityEvidence.DayCount> activity,
      long millis) {

    /** Nothing gathered (no check enabled). */
    public static Gathered none(IntegrityRules rules) {
      return new Gathered(rules, IntegrityEvidence.none(), List.of(), List.of(), 0);
    }

    /** The policy deductions the rulebook chose (none unless a policy key is true). */
    public Adjustments policy() {
      boolean once =
          rules
              .enabled(DuplicateExpertRule.class)
              .map(DuplicateExpertRule::countOnce)
              .orElse(false);
      boolean distinct =
          rules.enabled(PaddedTitleRule.class).map(PaddedTitleRule::distinctOnly).orElse(false);
      return Adjustments.of(evidence, once, distinct);
    }

    /** Every flag, with the figures of the run, by consequence ({@link Finding#BY_CONSEQUENCE}). */
    public List<Finding> findings(Figures figures) {
      List<Finding> out = new ArrayList<>();
      rules
          .enabled(DuplicateExpertRule.class)
          .ifPresent(r -> out.addAll(Findings.duplicateExperts(r, evidence.experts(), figures)));
      rules
          .enabled(PaddedTitleRule.class)
          .ifPresent(r -> out.addAll(Findings.paddedTitles(r, evidence.titles(), figures)));
      rules
          .enabled(BurstRule.class)
          .ifPresent(r -> out.addAll(Findings.bursts(r, bursts, figures)));
      rules
          .enabled(WithdrawnRule.class)
          .ifPresent(r -> out.addAll(Findings.withdrawals(r, evidence.withdrawals(), figures)));
      return Findings.ranked(out);
    }
  }

  /**
   * Runs the enabled checks on the states kept at {@code states.main()}, the as-of date; {@code
   * drops} are the drop dates up to it, ascending. {@code flips} says whether a withdrawal took a
   * target from met to missed ({@link Findings#flipped}, on the run's unadjusted figures): a
   * withdrawal below the rule's minimum flags only then, and only the flagged organizations' daily
   * counts are read.
   */
  public static Gathered gather(
      IntegrityRules rules,
      MainStates states,
      List<LocalDate> drops,
      LocalDate deadline,
      Predicate<Withdrawal> flips) {
    return gather(rules, states, drops, deadline, flips, null);
  }

  /**
   * As {@link #gather(IntegrityRules, MainStates, List, LocalDate, Predicate)}; {@code local}
   * forces the grouping on the driver (true) or in Spark (false), null chooses by size.
   */
  static Gathered gather(
      IntegrityRules rules,
      MainStates states,
      List<LocalDate> drops,
      LocalDate deadline,
      Predicate<Withdrawal> flips,
      Boolean local) {
    if (!rules.any()) {
      return Gathered.none(rules);
    }
    long start = System.nanoTime();
    LocalDate asOf = states.main();
    Optional<BurstRule> burst = rules.enabled(BurstRule.class);
    NavigableSet<LocalDate> examined =
        burst.map(r -> examined(r, asOf, drops, deadline)).orElse(new TreeSet<>());
    LocalDate chartFrom = asOf.minusDays(ACTIVITY_DAYS - 1);
    LocalDate burstFrom = burstFrom(burst, examined, chartFrom);
    LocalDate activityFrom = burstFrom.isBefore(chartFrom) ? burstFrom : chartFrom;
    IntegrityQuery query =
        local == null ? new IntegrityQuery(states) : new IntegrityQuery(states, local);
    IntegrityQuery.Grouped grouped =
        query.execute(
            new IntegrityQuery.Request(
                rules.enabled(DuplicateExpertRule.class),
                rules.enabled(PaddedTitleRule.class),
                examined,
                burst.map(BurstRule::minCount).orElse(Integer.MAX_VALUE),
                rules.enabled(WithdrawnRule.class).isPresent() ? drops : List.of(),
                activityFrom));
    // Flagged whatever the burst statistic says; with the organizations of possible bursts, the
    // only ones whose daily counts are read.
    NavigableSet<String> flaggedSoFar =
        flagged(
            rules,
            new IntegrityEvidence(
                grouped.experts(), grouped.titles(), List.of(), grouped.withdrawals()),
            List.of(),
            flips);
    NavigableSet<String> wanted = new TreeSet<>(flaggedSoFar);
    grouped.days().forEach(d -> wanted.add(d.orgId()));
    List<DayCount> counts;
    try {
      counts = query.dayCounts(wanted, activityFrom);
    } finally {
      query.release();
    }
    List<DayCount> burstDays =
        burst
            .map(r -> Bursts.candidates(withIds(counts, grouped.days()), examined, r, burstFrom))
            .orElse(List.of());
    IntegrityEvidence evidence =
        new IntegrityEvidence(
            grouped.experts(), grouped.titles(), burstDays, grouped.withdrawals());
    List<Burst> bursts = burst.map(r -> Bursts.find(burstDays, examined, r)).orElse(List.of());
    NavigableSet<String> flagged = flagged(rules, evidence, bursts, flips);
    List<DayCount> activity =
        counts.stream()
            .filter(d -> flagged.contains(d.orgId()) && !d.day().isBefore(chartFrom))
            .toList();
    return new Gathered(rules, evidence, bursts, activity, (System.nanoTime() - start) / 1_000_000);
  }

  /**
   * One organization's daily counts over the chart period ending at {@code states.main()}, and the
   * days the burst check marks in them: a chart drawn on demand ({@code kczg chart}) shows what a
   * run's chart would have shown.
   */
  /**
   * The first day of the first examined burst day's lookback, or {@code chartFrom} when no burst
   * day is examined.
   */
  private static LocalDate burstFrom(
      Optional<BurstRule> burst, NavigableSet<LocalDate> examined, LocalDate chartFrom) {
    return burst
        .filter(r -> !examined.isEmpty())
        .map(r -> examined.first().minusDays(r.lookbackDays()))
        .orElse(chartFrom);
  }

  public static Activity activityOf(
      IntegrityRules rules,
      MainStates states,
      List<LocalDate> drops,
      LocalDate deadline,
      String orgId) {
    LocalDate asOf = states.main();
    Optional<BurstRule> burst = rules.enabled(BurstRule.class);
    NavigableSet<LocalDate> examined =
        burst.map(r -> examined(r, asOf, drops, deadline)).orElse(new TreeSet<>());
    LocalDate chartFrom = asOf.minusDays(ACTIVITY_DAYS - 1);
    LocalDate burstFrom = burstFrom(burst, examined, chartFrom);
    LocalDate from = burstFrom.isBefore(chartFrom) ? burstFrom : chartFrom;
    // One job for one organization: nothing kept for further jobs.
    List<DayCount> counts = new IntegrityQuery(states, true).dayCounts(List.of(orgId), from);
    List<LocalDate> marked =
        burst
            .map(
                r ->
                    Bursts.find(Bursts.candidates(counts, examined, r, burstFrom), examined, r)
                        .stream()
                        .map(Bursts.Burst::day)
                        .distinct()
                        .sorted()
                        .toList())
            .orElse(List.of());
    return new Activity(counts.stream().filter(d -> !d.day().isBefore(chartFrom)).toList(), marked);
  }

  /** An organization's daily counts over the chart period and the days marked as bursts. */
  public record Activity(List<DayCount> days, List<LocalDate> marked) {}

  /** {@code counts} with the ids of the days in {@code listed} (the same days, counted alike). */
  static List<DayCount> withIds(List<DayCount> counts, List<DayCount> listed) {
    java.util.Map<List<Object>, DayCount> byDay = new java.util.HashMap<>();
    listed.forEach(d -> byDay.put(List.of(d.orgId(), d.kind(), d.day()), d));
    return counts.stream()
        .map(d -> byDay.getOrDefault(List.of(d.orgId(), d.kind(), d.day()), d))
        .toList();
  }

  /**
   * The days the burst rule examines as of {@code asOf}: the window before each drop date and the
   * deadline (when on or before the as-of date) and, with {@code since_previous_drop}, every day
   * after one drop up to the next.
   */
  static NavigableSet<LocalDate> examined(
      BurstRule rule, LocalDate asOf, List<LocalDate> drops, LocalDate deadline) {
    List<LocalDate> anchors = new ArrayList<>(drops);
    if (deadline != null) {
      anchors.add(deadline);
    }
    List<LocalDate> upTo = anchors.stream().filter(d -> !d.isAfter(asOf)).toList();
    NavigableSet<LocalDate> out = Bursts.examinedDays(upTo, rule.windowDays());
    if (rule.sincePreviousDrop()) {
      out.addAll(Bursts.periodDays(drops.stream().filter(d -> !d.isAfter(asOf)).toList()));
    }
    return out;
  }

  /** The organizations some check flags (the findings' organizations). */
  static NavigableSet<String> flagged(
      IntegrityRules rules,
      IntegrityEvidence evidence,
      List<Burst> bursts,
      Predicate<Withdrawal> flips) {
    NavigableSet<String> out = new TreeSet<>();
    evidence.experts().forEach(e -> out.add(e.orgId()));
    int minCopies =
        rules
            .enabled(PaddedTitleRule.class)
            .map(PaddedTitleRule::minCopies)
            .orElse(Integer.MAX_VALUE);
    evidence.titles().stream()
        .filter(t -> t.copies() >= minCopies)
        .forEach(t -> out.add(t.orgId()));
    bursts.forEach(b -> out.add(b.orgId()));
    int minItems =
        rules.enabled(WithdrawnRule.class).map(WithdrawnRule::minItems).orElse(Integer.MAX_VALUE);
    evidence.withdrawals().stream()
        .filter(w -> w.items() >= minItems || flips.test(w))
        .forEach(w -> out.add(w.orgId()));
    return out;
  }
}
