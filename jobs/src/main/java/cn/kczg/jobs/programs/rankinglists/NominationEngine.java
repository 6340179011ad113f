package cn.kczg.jobs.programs.rankinglists;

import static java.util.Objects.requireNonNull;

import cn.kczg.jobs.programs.RowProblem;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Checks nominations against the quotas (rules in the package documentation) and keeps the clean
 * ones. Pure: the same nominations give the same result.
 *
 * <p>Example (2023 lists): recommender R, channel 省级科协 only, submits four 先导技术榜 nominations in 电子信息
 * (序号 1-4) and two in 生物医药: quota 3 per field, so 序号 4 is the surplus of 先导技术榜/电子信息 and the 生物医药
 * ones are clean. A nomination submitted after the submission deadline (六: 2023-11-20 17:00) is
 * late and uses no quota, as are past winners and repeats.
 */
public final class NominationEngine {
  private final RankingRules rules;

  public NominationEngine(RankingRules rules) {
    this.rules = requireNonNull(rules, "rules is null");
  }

  /**
   * The clean nominations (by list, field, recommender, order), violations, and channel problems.
   */
  public record Outcome(
      List<Nomination> clean, List<Violation> violations, List<RowProblem> problems) {}

  private record Bucket(String recommender, String rule, String list, String field) {}

  /**
   * Checks {@code nominations} against the quotas, the past winners (which also verify pioneers)
   * and the submission deadline; {@code channelsColumn} names the channels' column in messages.
   */
  public Outcome check(
      List<Nomination> nominations,
      List<NominationReader.PastWinner> pastWinners,
      String channelsColumn) {
    Recommenders.Result recommenders =
        Recommenders.resolve(rules, nominations, pastWinners, channelsColumn);
    Set<String> winners = new HashSet<>();
    pastWinners.forEach(w -> winners.add(w.key()));
    Optional<RankingRules.Deadline> deadline = rules.submissionDeadline();
    Map<Bucket, List<Nomination>> kept = new LinkedHashMap<>();
    Map<Bucket, List<Nomination>> left = new LinkedHashMap<>();
    Set<String> seen = new HashSet<>();
    for (Nomination n : nominations.stream().sorted(SUBMISSION).toList()) {
      String r = Recommenders.key(n.recommender());
      String candidate = Recommenders.key(n.candidate());
      if (late(n, deadline)) {
        add(left, new Bucket(r, Violation.LATE, n.list(), n.field()), n);
      } else if (rules.excludePastWinners() && winners.contains(candidate)) {
        add(left, new Bucket(r, Violation.PAST_WINNER, n.list(), n.field()), n);
      } else if (!seen.add(r + "\u0000" + n.list() + "\u0000" + candidate)) {
        add(left, new Bucket(r, Violation.DUPLICATE, n.list(), n.field()), n);
      } else {
        Bucket bucket = new Bucket(r, Violation.OVER_QUOTA, n.list(), n.field());
        int quota = quota(recommenders, bucket).amount();
        add(kept.getOrDefault(bucket, List.of()).size() < quota ? kept : left, bucket, n);
      }
    }
    List<Nomination> clean =
        kept.values().stream().flatMap(List::stream).sorted(listOrder()).toList();
    return new Outcome(clean, violations(recommenders, kept, left), recommenders.problems());
  }

  private static final Comparator<Nomination> SUBMISSION =
      Comparator.comparingLong(Nomination::order)
          .thenComparing(Nomination::file)
          .thenComparingLong(Nomination::line);

  private Comparator<Nomination> listOrder() {
    List<String> lists = rules.lists().stream().map(RankingRules.ListRule::name).toList();
    return Comparator.comparingInt((Nomination n) -> lists.indexOf(n.list()))
        .thenComparingInt(n -> rules.list(n.list()).orElseThrow().fields().indexOf(n.field()))
        .thenComparing(n -> Recommenders.key(n.recommender()))
        .thenComparing(SUBMISSION);
  }

  private Recommender.Quota quota(Recommenders.Result recommenders, Bucket bucket) {
    return recommenders
        .byKey()
        .get(bucket.recommender())
        .quota(rules, rules.list(bucket.list()).orElseThrow());
  }

  private List<Violation> violations(
      Recommenders.Result recommenders,
      Map<Bucket, List<Nomination>> kept,
      Map<Bucket, List<Nomination>> left) {
    List<Violation> out = new ArrayList<>();
    left.forEach(
        (bucket, excluded) -> {
          String name = recommenders.byKey().get(bucket.recommender()).name();
          if (bucket.rule().equals(Violation.OVER_QUOTA)) {
            Recommender.Quota quota = quota(recommenders, bucket);
            int count = kept.getOrDefault(bucket, List.of()).size() + excluded.size();
            out.add(
                new Violation(
                    name,
                    bucket.rule(),
                    bucket.list(),
                    bucket.field(),
                    quota.amount(),
                    count,
                    excluded,
                    count
                        + " nominated, quota "
                        + quota.amount()
                        + " = "
                        + quota.basis()
                        + "; the last "
                        + excluded.size()
                        + " in submission order are over"));
          } else {
            String why =
                switch (bucket.rule()) {
                  case Violation.PAST_WINNER ->
                      "on an earlier year's list; past winners are not nominated again";
                  case Violation.LATE ->
                      "submitted after "
                          + rules.submissionDeadline().orElseThrow().name()
                          + " "
                          + rules.submissionDeadline().orElseThrow().at()
                          + " ("
                          + rules.submissionDeadline().orElseThrow().clause()
                          + "); not forwarded";
                  default ->
                      "nominated again by the same recommender to the same list; counted once";
                };
            out.add(
                new Violation(
                    name,
                    bucket.rule(),
                    bucket.list(),
                    bucket.field(),
                    -1,
                    excluded.size(),
                    excluded,
                    why));
          }
        });
    List<String> lists = rules.lists().stream().map(RankingRules.ListRule::name).toList();
    out.sort(
        Comparator.comparing((Violation v) -> Recommenders.key(v.recommender()))
            .thenComparingInt(v -> lists.indexOf(v.list()))
            .thenComparingInt(v -> rules.list(v.list()).orElseThrow().fields().indexOf(v.field()))
            .thenComparing(Violation::rule));
    return out;
  }

  private static boolean late(Nomination n, Optional<RankingRules.Deadline> deadline) {
    return deadline.isPresent()
        && n.submittedAt() != null
        && n.submittedAt().isAfter(deadline.get().at());
  }

  private static void add(Map<Bucket, List<Nomination>> map, Bucket bucket, Nomination n) {
    map.computeIfAbsent(bucket, k -> new ArrayList<>()).add(n);
  }
}
