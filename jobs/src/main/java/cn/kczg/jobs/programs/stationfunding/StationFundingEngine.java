package cn.kczg.jobs.programs.stationfunding;

import static java.util.Objects.requireNonNull;

import cn.kczg.jobs.programs.RowProblem;
import cn.kczg.schemas.text.Names;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Decides each station's funding as of a day (rules in the package documentation). Pure: the same
 * stations, payments and day give the same decisions, sorted eligible first (reverse {@link
 * Eligibility} order), then by eligible-from day, then by name.
 *
 * <p>Example (岳人才办发〔2021〕8号): a 国家级 station founded 2021-04-01 and assessed 合格 is 未满年限 as of
 * 2023-03-31 (eligible from 2023-04-01) and 可资助 for 100000 CNY as of 2023-04-01, unless its host
 * had a station assessed 不合格 by then (第六条) or it was paid before (第五条 一次性).
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

  /** The decisions, and what the checks of 第二条 found (listed, not fatal unless strict). */
  public record Decisions(List<FundingDecision> decisions, List<RowProblem> problems) {}

  /** The decisions for {@code stations} as of {@code asOf}, given the payments made before. */
  public Decisions decide(List<Station> stations, List<Payment> payments, LocalDate asOf) {
    Context context = new Context(failedHosts(stations, asOf), paid(payments), asOf);
    List<RowProblem> problems = new ArrayList<>();
    List<FundingDecision> out = new ArrayList<>();
    for (Station s : stations) {
      hostTypeProblem(s).ifPresent(problems::add);
      out.add(decide(s, context));
    }
    if (!stations.isEmpty() && stations.stream().allMatch(s -> s.hostType().isEmpty())) {
      problems.add(
          new RowProblem(
              stations.get(0).file(),
              0,
              "",
              "no station gives its host's type (建站单位类型), so 第二条's host types per level are not checked"));
    }
    return new Decisions(out.stream().sorted(ORDER).toList(), problems);
  }

  /** The decision for one station alone (no payments, no other station's assessment). */
  public FundingDecision decide(Station s, LocalDate asOf) {
    return decide(s, new Context(Map.of(), Map.of(), asOf));
  }

  /** What the other stations and the payments say about a station. */
  private record Context(
      Map<String, Station> failedHosts, Map<String, Payment> paid, LocalDate asOf) {}

  private FundingDecision decide(Station s, Context c) {
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
    if (s.founded().isBefore(rules.newSince())) {
      return none(
          s,
          Eligibility.NOT_NEW,
          null,
          "founded "
              + s.founded()
              + ", before the measure of "
              + rules.newSince()
              + ": not a new station (新建)");
    }
    if (s.assessment().equals(rules.failed())) {
      return none(s, Eligibility.FAILED, null, "assessed " + s.assessment() + ": never eligible");
    }
    Station failedSibling = c.failedHosts().get(Names.normalize(s.host()));
    if (failedSibling != null) {
      return none(
          s,
          Eligibility.HOST_BARRED,
          null,
          "its host "
              + s.host()
              + " had "
              + failedSibling.name()
              + " assessed "
              + rules.failed()
              + assessedOn(failedSibling)
              + ": barred from the same funding from then on (第六条)");
    }
    Payment payment = c.paid().get(Names.normalize(s.name()));
    if (payment != null) {
      return none(
          s,
          Eligibility.ALREADY_FUNDED,
          null,
          "already paid" + paidText(payment) + "; the funding is one-time (第五条)");
    }
    if (rules.hostTypesStrict() && hostTypeProblem(s).isPresent()) {
      return none(
          s,
          Eligibility.HOST_TYPE,
          null,
          "its host's type "
              + s.hostType()
              + " is not one 第二条 names for "
              + s.level()
              + " stations");
    }
    return byAge(s, c.asOf());
  }

  private FundingDecision byAge(Station s, LocalDate asOf) {
    LocalDate from = s.founded().plusYears(rules.operatingYears());
    String since =
        "founded "
            + s.founded()
            + ", operating "
            + rules.operatingYears()
            + " full years from "
            + from;
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

  /** 第二条: the host of a station of each level is, in principle, of one of these types. */
  private Optional<RowProblem> hostTypeProblem(Station s) {
    List<String> allowed = rules.hostTypes().get(s.level());
    if (allowed == null || s.hostType().isEmpty() || allowed.contains(s.hostType())) {
      return Optional.empty();
    }
    return Optional.of(
        new RowProblem(
            s.file(),
            s.line(),
            "",
            s.name()
                + ": its host "
                + s.host()
                + " is a "
                + s.hostType()
                + ", but 第二条 hosts a "
                + s.level()
                + " station at "
                + String.join(" or ", allowed)
                + " in principle ("
                + (rules.hostTypesStrict()
                    ? "not funded: host_types_strict is true"
                    : "listed for review; funding is not withheld")
                + ")"));
  }

  /** Hosts whose station was assessed failed on or before the day (or on an unknown day). */
  private Map<String, Station> failedHosts(List<Station> stations, LocalDate asOf) {
    Map<String, Station> out = new LinkedHashMap<>();
    for (Station s : stations) {
      boolean failedByThen = s.assessedOn() == null || !s.assessedOn().isAfter(asOf);
      if (s.assessment().equals(rules.failed()) && failedByThen) {
        out.putIfAbsent(Names.normalize(s.host()), s);
      }
    }
    return out;
  }

  private static Map<String, Payment> paid(List<Payment> payments) {
    Map<String, Payment> out = new LinkedHashMap<>();
    payments.forEach(p -> out.putIfAbsent(Names.normalize(p.station()), p));
    return out;
  }

  private static String assessedOn(Station s) {
    return s.assessedOn() == null ? "" : " on " + s.assessedOn();
  }

  private static String paidText(Payment p) {
    return (p.paidOn() == null ? "" : " on " + p.paidOn())
        + (p.amount() == null ? "" : " (" + p.amount().toPlainString() + " CNY)");
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
