package cn.kczg.reports.workbook;

import cn.kczg.reports.ReportModel;
import cn.kczg.reports.chart.ChartFiles;
import cn.kczg.reports.chart.ChartImage;
import cn.kczg.reports.chart.Charts;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.Picture;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The 图表 sheet: every chart of the folder as a picture, one below the other, each under a caption,
 * at 75% of its pixel size so a chart fits the width of an A4 landscape page. Printed, each chart
 * starts a new page (a manual page break before its caption), so none is cut in two.
 */
final class ChartSheet {
  private static final double SCALE = 0.75;

  /** Excel's default row height (15 pt) in pixels. */
  private static final int ROW_PIXELS = 20;

  private ChartSheet() {}

  static void write(Sheet sheet, Styles styles, ReportModel model) {
    Row title = sheet.createRow(0);
    title
        .createCell(0)
        .setCellValue(
            model.messages().text("workbook.charts_title", model.messages().date(model.asOf())));
    title.getCell(0).setCellStyle(styles.title);
    Drawing<?> drawing = sheet.createDrawingPatriarch();
    int row = 2;
    for (ChartImage image : Charts.images(model)) {
      if (row > 2) {
        sheet.setRowBreak(row - 1); // each chart starts a page: no chart is cut by a page break
      }
      sheet.createRow(row).createCell(0).setCellValue(image.caption());
      sheet.getRow(row).getCell(0).setCellStyle(styles.bold);
      picture(sheet.getWorkbook(), drawing, image, row + 1);
      row += 3 + (int) Math.ceil(image.height() * SCALE / ROW_PIXELS);
    }
    SheetTable.pageSetup(sheet);
    // Printed at 100 %: a chart at 75 % of its pixels fits an A4 landscape page, one a page.
    sheet.setFitToPage(false);
    sheet.getPrintSetup().setScale((short) 100);
  }

  private static void picture(Workbook workbook, Drawing<?> drawing, ChartImage image, int row) {
    int index = workbook.addPicture(ChartFiles.pngBytes(image), Workbook.PICTURE_TYPE_PNG);
    ClientAnchor anchor = workbook.getCreationHelper().createClientAnchor();
    anchor.setCol1(0);
    anchor.setRow1(row);
    anchor.setAnchorType(ClientAnchor.AnchorType.MOVE_DONT_RESIZE);
    Picture picture = drawing.createPicture(anchor, index);
    picture.resize(SCALE);
  }
}
