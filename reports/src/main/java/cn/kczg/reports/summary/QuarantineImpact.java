package cn.kczg.reports.summary;

import cn.kczg.reports.QuarantineRow;
import cn.kczg.reports.ReportModel;
import cn.kczg.schemas.messages.Messages;
import cn.kczg.schemas.model.ItemKind;
import cn.kczg.schemas.result.OrgProgress;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What the quarantined rows keep from the figures: the same bad row delivered in several drops is
 * one problem, and a problem whose row would count for an organization (by 平台账号, name, alias, or
 * the closest registry name to confirm) says which indicator it would add to and what fixing it
 * changes.
 *
 * <p>Example: 耒阳市天成机电设备有限公司 has 需求 2/3 and its one quarantined 需求 row (需求ID empty, in the drops
 * 2022-06-20 … 2022-07-11) is one problem: {@code 补上后 需求 2/3 → 3/3，全部达标}. Several problems of one
 * organization and indicator are counted together ({@code 补上这2行后 …}).
 */
public final class QuarantineImpact {
  private final Messages m;
  private final Map<String, OrgProgress> orgs;
  private final List<Problem> problems;
  private final Map<String, Integer> problemsPerTarget;

  private QuarantineImpact(ReportModel model) {
    this.m = model.messages();
    this.orgs =
        model.progress().stream()
            .collect(Collectors.toMap(OrgProgress::orgId, Function.identity(), (a, b) -> a));
    Map<String, List<QuarantineRow>> groups = new LinkedHashMap<>();
    model.quarantine().forEach(q -> groups.computeIfAbsent(key(q), k -> new ArrayList<>()).add(q));
    this.problemsPerTarget = new LinkedHashMap<>();
    groups.values().stream()
        .map(rows -> rows.get(0))
        .filter(q -> target(q) != null)
        .forEach(q -> problemsPerTarget.merge(target(q), 1, Integer::sum));
    List<Problem> out = new ArrayList<>();
    groups.values().forEach(rows -> out.add(problem(rows)));
    out.sort(
        Comparator.comparing((Problem p) -> !p.blocks())
            .thenComparing(Problem::reason)
            .thenComparing(Problem::fileName)
            .thenComparing(Problem::raw));
    this.problems = List.copyOf(out);
  }

  /** The impact of a model's quarantined rows. */
  public static QuarantineImpact of(ReportModel model) {
    return new QuarantineImpact(model);
  }

  /** The distinct problems, those blocking a target first, then by reason, file and row. */
  public List<Problem> problems() {
    return problems;
  }

  /** The distinct problems of one reason code, in {@link #problems()} order. */
  public List<Problem> problems(String reason) {
    return problems.stream().filter(p -> p.reason().equals(reason)).toList();
  }

  /** The reason codes with problems, in the order their first problem appears. */
  public List<String> reasons() {
    return problems.stream().map(Problem::reason).distinct().toList();
  }

  /**
   * What fixing the row changes, for people: the organization, the indicator before and after, and
   * whether every target is then met; empty when the row's organization or indicator is unknown.
   */
  public String sentence(QuarantineRow row) {
    OrgProgress org = row.orgId() == null ? null : orgs.get(row.orgId());
    if (org == null || row.kind() == null) {
      return row.orgId() == null ? "" : row.orgId();
    }
    ItemKind kind = row.kind();
    int count = org.counts().get(kind);
    int target = org.targets().get(kind);
    int added = problemsPerTarget.getOrDefault(target(row), 1);
    String who =
        m.text(
            row.match().equals("suggestion") ? "impact.if_alias" : "impact.org",
            org.orgName(),
            org.orgId());
    if (count >= target) {
      return who + m.text("impact.already_met", m.kind(kind), count, target);
    }
    int after = count + added;
    String fixed = added == 1 ? m.text("impact.fixed_one") : m.text("impact.fixed_many", added);
    String change = m.text("impact.change", m.kind(kind), count, target, after, target);
    return who + fixed + change + outcome(org, kind, after);
  }

  private String outcome(OrgProgress org, ItemKind kind, int after) {
    if (after < org.targets().get(kind)) {
      return m.text("impact.still_short");
    }
    Map<ItemKind, Integer> missing = new java.util.EnumMap<>(ItemKind.class);
    for (ItemKind k : ItemKind.values()) {
      if (k != kind && org.shortBy(k) > 0) {
        missing.put(k, org.shortBy(k));
      }
    }
    return missing.isEmpty()
        ? m.text("impact.all_met")
        : m.text("impact.others_missing", cn.kczg.reports.text.Shortfall.describe(m, missing));
  }

  private Problem problem(List<QuarantineRow> rows) {
    QuarantineRow first = rows.get(0);
    OrgProgress org = first.orgId() == null ? null : orgs.get(first.orgId());
    boolean blocks =
        org != null
            && first.kind() != null
            && org.counts().get(first.kind()) < org.targets().get(first.kind());
    return new Problem(
        first.reason(),
        first.fileName(),
        first.raw(),
        List.copyOf(rows),
        org,
        blocks,
        sentence(first));
  }

  /** The same row delivered again: same reason, same file name (any drop), same content. */
  private static String key(QuarantineRow q) {
    return q.reason() + "\u0000" + q.fileName() + "\u0000" + q.raw();
  }

  private static String target(QuarantineRow q) {
    return q.orgId() == null || q.kind() == null ? null : q.orgId() + "\u0000" + q.kind();
  }

  /**
   * One bad row, however many drops delivered it.
   *
   * @param reason the reason code
   * @param fileName the file's name without its drop folder
   * @param raw the row as read
   * @param rows its quarantined rows, one per drop that delivered it, oldest drop first
   * @param org the organization it would count for, or null
   * @param blocks true when that organization's indicator is below its target
   * @param impact what fixing it changes ({@link #sentence}), or empty
   */
  public record Problem(
      String reason,
      String fileName,
      String raw,
      List<QuarantineRow> rows,
      OrgProgress org,
      boolean blocks,
      String impact) {
    /** The drop folders that delivered the row, oldest first. */
    public List<String> drops() {
      return rows.stream().map(QuarantineRow::dropFolder).distinct().sorted().toList();
    }

    /** The first row (its detail, suggestions, indicator and organization stand for all). */
    public QuarantineRow first() {
      return rows.get(0);
    }
  }
}
