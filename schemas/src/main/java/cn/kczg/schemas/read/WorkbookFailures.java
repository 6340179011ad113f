package cn.kczg.schemas.read;

import cn.kczg.schemas.Errors;
import cn.kczg.schemas.KczgException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns whatever a workbook library threw into one refusal naming the file: a limit it tripped (a
 * zip bomb by its ratio, a part too large) or the library's first line of explanation.
 */
final class WorkbookFailures {
  private static final Pattern ENTRY = Pattern.compile("Entry: (\\S+)");

  private WorkbookFailures() {}

  static KczgException refusal(String file, String format, Throwable e, WorkbookLimits limits) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof KczgException k) {
        return k;
      }
      String message = t.getMessage() == null ? "" : t.getMessage();
      if (message.startsWith("Zip bomb detected")) {
        Matcher m = ENTRY.matcher(message);
        String part = m.find() ? m.group(1) : "?";
        return message.contains("max. ratio")
            ? Errors.zipBomb(file, part, limits.minInflateRatio())
            : Errors.partTooLarge(file, part, limits.maxSheetBytes());
      }
      if (t instanceof org.apache.poi.poifs.filesystem.OfficeXmlFileException
          && format.equals("XLS")) {
        return Errors.wrongWorkbookExtension(file, "XLSX", ".xlsx");
      }
      if (t instanceof org.apache.poi.openxml4j.exceptions.OLE2NotOfficeXmlFileException) {
        return Errors.wrongWorkbookExtension(file, "Excel 97-2003", ".xls");
      }
    }
    return Errors.unreadableWorkbook(file, format, firstLine(e));
  }

  /** A library's message cut to its first line (POI's run over several). */
  static String firstLine(Throwable e) {
    String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    int end = m.indexOf('\n');
    return (end < 0 ? m : m.substring(0, end)).trim();
  }
}
