package cn.kczg.reports;

import cn.kczg.schemas.messages.Messages;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Something a consistency check found in the data, shown so a person can look at it (a check that
 * fails is data, not an exception).
 *
 * @param check the check's name, e.g. {@code burst}
 * @param subject what it concerns: an org id for the integrity checks, else e.g. a file
 * @param detail what was found, in one sentence
 * @param orgName the organization's name when {@code subject} is an org id, else empty
 * @param evidence the item ids, dates and figures behind it (may be empty)
 * @param rank its place when flags are read by consequence (1 first: a target met only because of
 *     what was flagged); 0 for a note that is not ranked, shown after the ranked flags
 * @param chart the organization's activity chart: its file in the output folder, or the command
 *     that draws it on demand (empty when there is none)
 */
public record IntegrityFlag(
    String check,
    String subject,
    String detail,
    String orgName,
    String evidence,
    int rank,
    String chart) {
  public IntegrityFlag {
    check = check == null ? "" : check;
    subject = subject == null ? "" : subject;
    detail = detail == null ? "" : detail;
    orgName = orgName == null ? "" : orgName;
    evidence = evidence == null ? "" : evidence;
    chart = chart == null ? "" : chart;
  }

  /** A ranked flag without a chart. */
  public IntegrityFlag(
      String check, String subject, String detail, String orgName, String evidence, int rank) {
    this(check, subject, detail, orgName, evidence, rank, "");
  }

  /** A flag that is not ranked and has no chart. */
  public IntegrityFlag(
      String check, String subject, String detail, String orgName, String evidence) {
    this(check, subject, detail, orgName, evidence, 0, "");
  }

  /** A flag without organization name, evidence or chart, not ranked. */
  public IntegrityFlag(String check, String subject, String detail) {
    this(check, subject, detail, "", "", 0, "");
  }

  /**
   * A check's name for people: the text of {@code check.<name>} ({@code burst} → 集中突击发布), or the
   * name itself for a check the bundle does not know (a rulebook written for a newer engine).
   */
  public static String checkName(Messages messages, String check) {
    return messages.has("check." + check) ? messages.text("check." + check) : check;
  }

  /**
   * The checks that flagged each subject, joined by "; " in name order: the flags column of a
   * table.
   */
  public static Map<String, String> checksBySubject(List<IntegrityFlag> flags) {
    Map<String, TreeSet<String>> sets = new TreeMap<>();
    flags.forEach(f -> sets.computeIfAbsent(f.subject(), s -> new TreeSet<>()).add(f.check()));
    Map<String, String> out = new TreeMap<>();
    sets.forEach((s, checks) -> out.put(s, String.join("; ", checks)));
    return out;
  }
}
