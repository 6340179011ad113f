package cn.kczg.jobs.delivery;

import cn.kczg.schemas.messages.Messages;
import java.time.LocalDate;
import java.util.List;

/**
 * The few figures a person wants first, for {@code summary.txt} and the body of a mail whose report
 * folder holds no mail of its own; in the process's language. For example:
 *
 * <pre>
 * 截至2022年7月11日，衡阳市"科创中国"试点城市样板间建设示范单位评选（hengyang-2022）：
 * - 市级学会：8 家中 4 家达标，推荐 3/3
 * - 企业：281 家中 144 家达标，推荐 90/90
 * 合计：300 家中 155 家达标，推荐名单 98/98。
 * </pre>
 *
 * @param program the program id
 * @param title the program's title
 * @param asOf the date the figures are for
 * @param categories one line per category, in the rulebook's order
 */
public record ReportSummary(
    String program, String title, LocalDate asOf, List<Category> categories) {

  /**
   * One category's figures.
   *
   * @param name category name (企业, 高校 …)
   * @param organizations organizations of the category in the registry
   * @param meetingAll of them, those meeting every target
   * @param shortlisted organizations on the shortlist
   * @param quota the category's shortlist quota
   */
  public record Category(
      String name, int organizations, int meetingAll, int shortlisted, int quota) {}

  public ReportSummary {
    categories = List.copyOf(categories);
  }

  /** The summary as text in the process's language, one line per category and a total line. */
  public String text() {
    Messages m = Messages.current();
    StringBuilder text = new StringBuilder(header(program, title, asOf));
    for (Category c : categories) {
      text.append(
              m.text(
                  "report_summary.category",
                  c.name(),
                  c.organizations(),
                  c.meetingAll(),
                  c.shortlisted(),
                  c.quota()))
          .append('\n');
    }
    text.append(
            m.text(
                "report_summary.total",
                sum(Category::organizations),
                sum(Category::meetingAll),
                sum(Category::shortlisted),
                sum(Category::quota)))
        .append('\n');
    return text.toString();
  }

  /** The first line of every summary: 截至2022年7月11日，<title>（<program>）：. */
  public static String header(String program, String title, LocalDate asOf) {
    Messages m = Messages.current();
    return m.text("report_summary.opening", m.date(asOf), title, program) + "\n";
  }

  /** The summary of any program: the header, then its lines as given. */
  public static String text(String program, String title, LocalDate asOf, List<String> lines) {
    StringBuilder text = new StringBuilder(header(program, title, asOf));
    lines.forEach(l -> text.append(l).append('\n'));
    return text.toString();
  }

  private int sum(java.util.function.ToIntFunction<Category> f) {
    return categories.stream().mapToInt(f).sum();
  }
}
