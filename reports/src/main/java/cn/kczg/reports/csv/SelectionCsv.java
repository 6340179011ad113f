package cn.kczg.reports.csv;

import cn.kczg.reports.ReportModel;
import cn.kczg.reports.text.Numbers;
import cn.kczg.reports.text.Shortfall;
import cn.kczg.schemas.result.ChannelList;
import cn.kczg.schemas.result.NotSelectedEntry;
import cn.kczg.schemas.result.ReserveEntry;
import cn.kczg.schemas.result.ShortlistEntry;
import java.nio.file.Path;
import java.util.List;

/**
 * The CSV files of the selection's two stages: {@code recommendations.csv} (stage 1, every
 * channel's list slot by slot) and {@code not_selected.csv} (达标未入选: qualifying organizations left
 * out, with the stage, what cut them and the tie-break applied).
 */
public final class SelectionCsv {
  /** The file of the channels' recommendation lists. */
  public static final String RECOMMENDATIONS = "recommendations.csv";

  /** The file of the qualifying organizations not selected. */
  public static final String NOT_SELECTED = "not_selected.csv";

  /**
   * Columns of {@code recommendations.csv}; the workbook's 渠道推荐 sheet has the same columns, headed
   * by their labels.
   */
  public static final List<String> RECOMMENDATION_COLUMNS =
      List.of(
          "channel",
          "position",
          "status",
          "category",
          "rank",
          "org_id",
          "org_name",
          "completion",
          "lacking",
          "tie_break");

  private SelectionCsv() {}

  /**
   * Writes {@code recommendations.csv}: per channel one row per slot, {@code recommended} rows
   * first, then {@code unfilled} ones, each naming the channel's next nearest candidate (if any)
   * with what it lacks.
   */
  public static Path writeRecommendations(ReportModel model, Path dir) {
    CsvTable t = new CsvTable(RECOMMENDATION_COLUMNS);
    for (ChannelList list : model.channelLists()) {
      int position = 0;
      for (ShortlistEntry e : list.recommended()) {
        t.row().text(list.channel()).number(++position).text("recommended").text(e.category());
        t.number(e.rank()).text(e.orgId()).text(e.orgName());
        t.number(Numbers.fourDecimals(e.completion())).text("").text(e.tieBreak());
      }
      for (int i = 0; i < list.unfilled(); i++) {
        ReserveEntry near = i < list.nearest().size() ? list.nearest().get(i) : null;
        t.row().text(list.channel()).number(++position).text("unfilled");
        if (near == null) {
          t.text("").text("").text("").text("").text("").text("").text("");
        } else {
          t.text(near.category()).text("").text(near.orgId()).text(near.orgName());
          t.number(Numbers.fourDecimals(near.completion()));
          t.text(Shortfall.describe(model.messages(), near.missing())).text("");
        }
      }
    }
    return t.write(dir.resolve(RECOMMENDATIONS));
  }

  /** Writes {@code not_selected.csv}. */
  public static Path writeNotSelected(ReportModel model, Path dir) {
    CsvTable t =
        new CsvTable(
            List.of(
                "category",
                "rank",
                "org_id",
                "org_name",
                "channel",
                "completion",
                "stage",
                "cut_by",
                "limit",
                "place",
                "tie_break",
                "reason"));
    for (NotSelectedEntry n : model.notSelected()) {
      t.row().text(n.category()).number(n.rank()).text(n.orgId()).text(n.orgName());
      t.text(n.channel()).number(Numbers.fourDecimals(n.completion())).text(n.stage().key());
      t.text(n.cutBy()).number(n.limit()).number(n.place()).text(n.tieBreak()).text(n.reason());
    }
    return t.write(dir.resolve(NOT_SELECTED));
  }
}
