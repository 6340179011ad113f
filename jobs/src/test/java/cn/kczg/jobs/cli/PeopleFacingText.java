package cn.kczg.jobs.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The text people read in an output folder, and the English words in it. People-facing outputs: the
 * workbook (sheet names and every text cell), the dashboard (its text, without markup, style and
 * script), the mail (subject and bodies), the official forms (workbooks and PDFs) and what a
 * command printed. An English word is a run of two or more Latin letters that is not on the
 * allow-list: ids ({@code HYQY0161}, {@code ZX2022437972}), file names ({@code weekly-report.xlsx})
 * and folders ({@code /srv/kczg/out}), the program id, the engine's name and its command lines
 * ({@code kczg chart HYQY0101 --as-of …}, {@code kczg alias add}), which people type as they are.
 */
final class PeopleFacingText {
  private static final Pattern WORD = Pattern.compile("[A-Za-z]{2,}");
  private static final List<Pattern> ALLOWED =
      List.of(
          Pattern.compile("kczg chart \\S+ --as-of \\S+"),
          Pattern.compile("kczg alias add"),
          Pattern.compile("kczg-analytics"),
          Pattern.compile("hengyang-\\d{4}"),
          Pattern.compile(
              "[\\w./\\-\\u4e00-\\u9fff（）()]+\\.(csv|xlsx|xls|png|svg|pdf|html|json|txt)"),
          Pattern.compile("(?<![A-Za-z])[A-Z]{2,}\\d+(?![A-Za-z0-9])"),
          // a folder people open, as the terminal prints it (输出：/srv/kczg/out/hengyang-2022/…)
          Pattern.compile("(?<![\\w.])(/[\\w.\\-\\u4e00-\\u9fff]+)+/?"),
          // an export's own column name, e.g. 需求ID (a data source's header, quoted as it is)
          Pattern.compile("(?<=[\\u4e00-\\u9fff])ID(?![A-Za-z])"));

  private PeopleFacingText() {}

  /** The English words in a text, each once, sorted. */
  static Set<String> englishWords(String text) {
    String rest = text;
    for (Pattern p : ALLOWED) {
      rest = p.matcher(rest).replaceAll(" ");
    }
    Set<String> out = new TreeSet<>();
    Matcher m = WORD.matcher(rest);
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }

  /** The people-facing texts of an output folder, by file (relative path). */
  static List<Named> of(Path folder) throws IOException {
    List<Named> out = new ArrayList<>();
    out.add(new Named("weekly-report.xlsx", workbook(folder.resolve("weekly-report.xlsx"))));
    out.add(new Named("index.html", html(Files.readString(folder.resolve("index.html")))));
    out.add(new Named("mail/subject.txt", Files.readString(folder.resolve("mail/subject.txt"))));
    out.add(new Named("mail/body.txt", Files.readString(folder.resolve("mail/body.txt"))));
    out.add(new Named("mail/body.html", html(Files.readString(folder.resolve("mail/body.html")))));
    try (Stream<Path> forms = Files.list(folder.resolve("forms"))) {
      for (Path form : forms.sorted().toList()) {
        String name = "forms/" + form.getFileName();
        out.add(new Named(name, name.endsWith(".pdf") ? pdf(form) : workbook(form)));
      }
    }
    return out;
  }

  /** Sheet names and every text cell. */
  static String workbook(Path file) throws IOException {
    StringBuilder text = new StringBuilder();
    try (InputStream in = Files.newInputStream(file);
        XSSFWorkbook wb = new XSSFWorkbook(in)) {
      for (Sheet sheet : wb) {
        text.append(sheet.getSheetName()).append('\n');
        for (Row row : sheet) {
          for (Cell cell : row) {
            if (cell.getCellType() == CellType.STRING) {
              text.append(cell.getStringCellValue()).append('\n');
            }
          }
        }
      }
    }
    return text.toString();
  }

  /** The text of a page: no style, no script, no tags; entities decoded. */
  static String html(String page) {
    return page.replaceAll("(?s)<style>.*?</style>", " ")
        .replaceAll("(?s)<script>.*?</script>", " ")
        .replaceAll("<[^>]+>", " ")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&");
  }

  static String pdf(Path file) throws IOException {
    try (PDDocument document = Loader.loadPDF(file.toFile())) {
      return new PDFTextStripper().getText(document);
    }
  }

  /** One output's text. */
  record Named(String name, String text) {
    Named {
      text = text == null ? "" : text;
    }

    static Named of(String name, byte[] bytes) {
      return new Named(name, new String(bytes, StandardCharsets.UTF_8));
    }
  }
}
