package cn.kczg.reports.workbook;

import cn.kczg.reports.ReportErrors;
import cn.kczg.reports.ReportModel;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes {@code weekly-report.xlsx}: sheets 汇总 (per category and channel, with the change since
 * last week), 进度, 滞后与风险, 推荐名单, 渠道推荐 (stage 1 per channel), 达标未入选, 储备, 渠道, 渠道排名, 隔离, 诚信提示 (integrity
 * flags) and 图表 (the charts as pictures). Streams rows (SXSSF) so the progress sheet of a whole
 * city stays small in memory; the stream's temp files are removed whatever happens. The same model
 * gives the same bytes.
 */
public final class WeeklyWorkbook {
  /** The file name inside an output folder. */
  public static final String FILE_NAME = "weekly-report.xlsx";

  /** Sheet names in workbook order. */
  public static final List<String> SHEETS =
      List.of(
          SummarySheet.NAME,
          ProgressSheet.NAME,
          LaggingSheet.NAME,
          ListSheets.SHORTLIST,
          SelectionSheets.RECOMMENDATIONS,
          SelectionSheets.NOT_SELECTED,
          ListSheets.RESERVE,
          ListSheets.CHANNELS,
          ChannelLeagueSheet.NAME,
          ListSheets.QUARANTINE,
          IntegritySheet.NAME,
          ChartSheet.NAME);

  private static final int ROWS_IN_MEMORY = 200;

  private WeeklyWorkbook() {}

  /** Writes the workbook into {@code dir} and returns its path. */
  public static Path write(ReportModel model, Path dir) {
    Path file = dir.resolve(FILE_NAME);
    SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
    try {
      Styles styles = new Styles(workbook);
      SummarySheet.write(sheet(workbook, SummarySheet.NAME), styles, model);
      ProgressSheet.write(sheet(workbook, ProgressSheet.NAME), styles, model);
      LaggingSheet.write(sheet(workbook, LaggingSheet.NAME), styles, model);
      ListSheets.shortlist(sheet(workbook, ListSheets.SHORTLIST), styles, model);
      SelectionSheets.recommendations(
          sheet(workbook, SelectionSheets.RECOMMENDATIONS), styles, model);
      SelectionSheets.notSelected(sheet(workbook, SelectionSheets.NOT_SELECTED), styles, model);
      ListSheets.reserve(sheet(workbook, ListSheets.RESERVE), styles, model);
      ListSheets.channels(sheet(workbook, ListSheets.CHANNELS), styles, model);
      ChannelLeagueSheet.write(sheet(workbook, ChannelLeagueSheet.NAME), styles, model);
      ListSheets.quarantine(sheet(workbook, ListSheets.QUARANTINE), styles, model);
      IntegritySheet.write(sheet(workbook, IntegritySheet.NAME), styles, model);
      ChartSheet.write(sheet(workbook, ChartSheet.NAME), styles, model);
      return XlsxFiles.save(workbook, file, model.asOf(), title(model));
    } finally {
      close(workbook, file);
    }
  }

  static String title(ReportModel model) {
    return model.program().title() + " 周报 " + model.asOf();
  }

  private static Sheet sheet(SXSSFWorkbook workbook, String name) {
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
