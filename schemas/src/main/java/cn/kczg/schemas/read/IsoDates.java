package cn.kczg.schemas.read;

import cn.kczg.schemas.text.Dates;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * Formats workbook number cells as the engine reads them: date cells as ISO days ({@code
 * 2022-07-01}, whatever their display format), whole numbers without grouping or {@code .0} (an id
 * 1003 reads as {@code 1003}), other numbers as Excel shows them.
 */
final class IsoDates extends DataFormatter {
  @Override
  public String formatRawCellContents(double value, int formatIndex, String formatString) {
    if (formatString != null
        && DateUtil.isADateFormat(formatIndex, formatString)
        && DateUtil.isValidExcelDate(value)) {
      return Dates.fromExcelSerial(value).toString();
    }
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      return Long.toString((long) value);
    }
    return super.formatRawCellContents(value, formatIndex, formatString);
  }
}
