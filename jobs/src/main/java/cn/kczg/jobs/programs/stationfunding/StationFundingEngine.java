package cn.kczg.jobs.programs.stationfunding;

import static java.util.Objects.requireNonNull;

import cn.kczg.schemas.text.Names;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * Decides each station's funding as of a day (rules in the package documentation). Pure: the same
 * stations and day give the same decisions, sorted eligible first (reverse {@link Eligibility}
 * order), then by eligible-from day, then by name.
 *
 * <p>Example (岳人才办发〔2021〕8号): a 国家级 station founded 2021-03-01 and assessed 合格 is 未满年限 as of
 * 2023-02-28 (eligible from 2023-03-01) and 可资助 for 100000 CNY as of 2023-03-01.
 */
public final class StationFundingEngine {
  private static final Comparator<FundingDecision> ORDER =
      Comparator.comparing((FundingDecision d) -> -d.status().ordinal())
          .thenComparing(
              FundingDecision::eligibleFrom, Comparator.nullsLast(Comparator.naturalOrder()))
          .thenComparing(d -> Names.normalize(d.station().name()));

  private final StationFundingRules rules;

  public StationFundingEngine(StationFundingRules rules) {
    this.rules = requireNonNull(rules, "rules is null");
  }

  /** The decisions for {@code stations} as of {@code asOf}. */
  public List<FundingDecision> decide(List<Station> stations, LocalDate asOf) {
    return stations.stream().map(s -> decide(s, asOf)).sorted(ORDER).toList();
  }

  /** The decision for one station as of {@code asOf}. */
  public FundingDecision decide(Station s, LocalDate asOf) {
    LocalDate from = s.founded().plusYears(rules.operatingYears());
    String since =
        "founded "
            + s.founded()
            + ", operating "
            + rules.operatingYears()
            + " full years from "
            + from;
    if (!s.knownChain()) {
      return none(
          s,
          Eligibility.UNKNOWN_CHAIN,
          null,
          "industry chain '" + s.chain() + "' is not one the program funds; correct it");
    }
    if (!rules.funding().containsKey(s.level())) {
      return none(
          s,
          Eligibility.UNFUNDED_LEVEL,
          null,
          s.level() + " stations are not funded by this program");
    }
    if (s.assessment().equals(rules.failed())) {
      return none(s, Eligibility.FAILED, null, "assessed " + s.assessment() + ": never eligible");
    }
    if (asOf.isBefore(from)) {
      String then =
          s.assessment().equals(rules.qualified())
              ? " (already assessed " + rules.qualified() + ")"
              : ", if then assessed " + rules.qualified();
      return none(s, Eligibility.NOT_YET, from, since + ": eligible from " + from + then);
    }
    if (!s.assessment().equals(rules.qualified())) {
      return none(
          s,
          Eligibility.AWAITING_ASSESSMENT,
          from,
          since + "; eligible once assessed " + rules.qualified());
    }
    BigDecimal amount = rules.funding().get(s.level());
    return new FundingDecision(
        s,
        Eligibility.ELIGIBLE,
        from,
        amount,
        since
            + ", assessed "
            + rules.qualified()
            + ": one-time "
            + amount.toPlainString()
            + " CNY");
  }

  private static FundingDecision none(
      Station s, Eligibility status, LocalDate from, String reason) {
    return new FundingDecision(s, status, from, BigDecimal.ZERO, reason);
  }

  /** The total of the eligible amounts. */
  public static BigDecimal total(List<FundingDecision> decisions) {
    return decisions.stream().map(FundingDecision::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
  }
}
