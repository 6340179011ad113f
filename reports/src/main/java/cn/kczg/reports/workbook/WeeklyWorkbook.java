package cn.kczg.reports.workbook;

import cn.kczg.reports.ReportErrors;
import cn.kczg.reports.ReportModel;
import cn.kczg.schemas.messages.Language;
import cn.kczg.schemas.messages.Messages;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes {@code weekly-report.xlsx} in the model's language: sheets 汇总 (per category and channel,
 * with the change since last week), 进度, 滞后与风险, 推荐名单, 渠道推荐 (stage 1 per channel), 达标未入选, 储备, 渠道,
 * 渠道排名, 隔离, 诚信提示 (integrity flags) and 图表 (the charts as pictures). Streams rows (SXSSF) so the
 * progress sheet of a whole city stays small in memory; the stream's temp files are removed
 * whatever happens. The same model gives the same bytes.
 */
public final class WeeklyWorkbook {
  /** The file name inside an output folder. */
  public static final String FILE_NAME = "weekly-report.xlsx";

  /** The sheets' keys in workbook order; a sheet's name is the text of {@code sheet.<key>}. */
  static final List<String> SHEET_KEYS =
      List.of(
          "summary",
          "progress",
          "lagging",
          "shortlist",
          "recommendations",
          "not_selected",
          "reserve",
          "channels",
          "channel_leagues",
          "quarantine",
          "integrity",
          "charts");

  /** Sheet names in workbook order, in Chinese (the default language). */
  public static final List<String> SHEETS = sheetNames(Messages.of(Language.ZH));

  /** Sheet names in workbook order, in a language. */
  public static List<String> sheetNames(Messages messages) {
    return SHEET_KEYS.stream().map(k -> messages.text("sheet." + k)).toList();
  }

  private static final int ROWS_IN_MEMORY = 200;

  private WeeklyWorkbook() {}

  /** Writes the workbook into {@code dir} and returns its path. */
  public static Path write(ReportModel model, Path dir) {
    Path file = dir.resolve(FILE_NAME);
    SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
    try {
      Styles styles = new Styles(workbook);
      Messages m = model.messages();
      SummarySheet.write(sheet(workbook, m, "summary"), styles, model);
      ProgressSheet.write(sheet(workbook, m, "progress"), styles, model);
      LaggingSheet.write(sheet(workbook, m, "lagging"), styles, model);
      ListSheets.shortlist(sheet(workbook, m, "shortlist"), styles, model);
      SelectionSheets.recommendations(sheet(workbook, m, "recommendations"), styles, model);
      SelectionSheets.notSelected(sheet(workbook, m, "not_selected"), styles, model);
      ListSheets.reserve(sheet(workbook, m, "reserve"), styles, model);
      ListSheets.channels(sheet(workbook, m, "channels"), styles, model);
      ChannelLeagueSheet.write(sheet(workbook, m, "channel_leagues"), styles, model);
      ListSheets.quarantine(sheet(workbook, m, "quarantine"), styles, model);
      IntegritySheet.write(sheet(workbook, m, "integrity"), styles, model);
      ChartSheet.write(sheet(workbook, m, "charts"), styles, model);
      return XlsxFiles.save(workbook, file, model.asOf(), title(model));
    } finally {
      close(workbook, file);
    }
  }

  static String title(ReportModel model) {
    return model.messages().text("workbook.title", model.program().title(), model.asOf());
  }

  private static Sheet sheet(SXSSFWorkbook workbook, Messages messages, String key) {
    String name = messages.text("sheet." + key);
    SXSSFSheet sheet = workbook.createSheet(name);
    sheet.getHeader().setCenter(name);
    return sheet;
  }

  /** Closing deletes the stream's temp files (POI 5.5 made close() do what dispose() did). */
  private static void close(SXSSFWorkbook workbook, Path file) {
    try {
      workbook.close();
    } catch (IOException e) {
      throw ReportErrors.cannotWrite(file, e);
    }
  }
}
