package cn.kczg.reports.forms;

import cn.kczg.reports.chart.ChartFonts;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * A4 pages of one PDF document drawn as printed forms: centred titles, bordered cells with wrapped
 * text, in the bundled WenQuanYi Micro Hei (read from its TrueType collection, embedded as a subset
 * of the glyphs used, so the file prints the same anywhere).
 */
final class PdfPages implements AutoCloseable {
  static final PDRectangle PAGE = PDRectangle.A4;
  static final float MARGIN = 40;
  static final float WIDTH = PAGE.getWidth() - 2 * MARGIN;
  private static final float PADDING = 4;

  /** Punctuation Chinese typesetting never starts a line with. */
  private static final String NO_LINE_START = "，。、；：？！）》」』”’%,.;:?!)";

  /** Opening brackets and quotes Chinese typesetting never ends a line with. */
  private static final String NO_LINE_END = "（《「『“‘(";

  private static volatile byte[] fontBytes;

  private final PDDocument document;
  private final TrueTypeCollection collection;
  private final PDType0Font font;
  private PDPageContentStream content;
  private float y;

  PdfPages(PDDocument document) throws IOException {
    this.document = document;
    this.collection = new TrueTypeCollection(new java.io.ByteArrayInputStream(fontBytes()));
    TrueTypeFont ttf = collection.getFontByName("WenQuanYiMicroHei");
    this.font = PDType0Font.load(document, ttf, true);
  }

  /** Starts a new page; the cursor goes to its top margin. */
  void newPage() throws IOException {
    closePage();
    PDPage page = new PDPage(PAGE);
    document.addPage(page);
    content = new PDPageContentStream(document, page);
    content.setLineWidth(0.6f);
    y = PAGE.getHeight() - MARGIN;
  }

  /** A centred title, wrapped when wider than the page. */
  void title(String text, float size) throws IOException {
    for (String line : wrap(text, size, WIDTH)) {
      float w = width(line, size);
      write(line, MARGIN + (WIDTH - w) / 2, y - size, size);
      y -= size * 1.5f;
    }
    y -= size * 0.5f;
  }

  /** A left-aligned paragraph across the page. */
  void paragraph(String text, float size) throws IOException {
    for (String line : wrap(text, size, WIDTH)) {
      write(line, MARGIN, y - size, size);
      y -= size * 1.4f;
    }
    y -= size * 0.4f;
  }

  /**
   * One table row: cells of the given widths (summing to the page width), each bordered, its text
   * wrapped; the row is as tall as its tallest cell and at least {@code minHeight}. A cell whose
   * text starts with {@code >} is right-aligned at its bottom (the stamp line of a form).
   */
  void row(float[] widths, List<String> cells, float size, float minHeight) throws IOException {
    float height = minHeight;
    List<List<String>> lines = new ArrayList<>();
    for (int i = 0; i < widths.length; i++) {
      List<String> l = wrap(text(cells.get(i)), size, widths[i] - 2 * PADDING);
      lines.add(l);
      height = Math.max(height, l.size() * size * 1.35f + 2 * PADDING);
    }
    float x = MARGIN;
    for (int i = 0; i < widths.length; i++) {
      content.addRect(x, y - height, widths[i], height);
      content.stroke();
      boolean right = cells.get(i).startsWith(">");
      float lineY = right ? y - height + PADDING + lines.get(i).size() * size * 1.35f : y - PADDING;
      for (String line : lines.get(i)) {
        float lx = right ? x + widths[i] - PADDING - width(line, size) : x + PADDING;
        write(line, lx, lineY - size, size);
        lineY -= size * 1.35f;
      }
      x += widths[i];
    }
    y -= height;
  }

  /** Space left above the bottom margin. */
  float room() {
    return y - MARGIN;
  }

  private static String text(String cell) {
    return cell.startsWith(">") ? cell.substring(1) : cell;
  }

  private void write(String line, float x, float baseline, float size) throws IOException {
    if (line.isEmpty()) {
      return;
    }
    content.beginText();
    content.setFont(font, size);
    content.newLineAtOffset(x, baseline + size * 0.15f);
    content.showText(line);
    content.endText();
  }

  private float width(String text, float size) throws IOException {
    return font.getStringWidth(text) / 1000 * size;
  }

  /**
   * Lines of at most {@code max} points, broken between characters but not inside a number or Latin
   * word (a phone stays whole); as Chinese typesetting wants, no line starts with closing
   * punctuation (the character before it moves down with it) and none ends with an opening bracket
   * or quote; newlines kept.
   */
  List<String> wrap(String text, float size, float max) throws IOException {
    List<String> out = new ArrayList<>();
    for (String paragraph : text.split("\n", -1)) {
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < paragraph.length(); ) {
        int cp = paragraph.codePointAt(i);
        String c = new String(Character.toChars(cp));
        if (line.length() > 0 && width(line + c, size) > max) {
          out.add(breakLine(line, cp));
        }
        line.append(c);
        i += Character.charCount(cp);
      }
      out.add(line.toString());
    }
    return out;
  }

  /**
   * Ends {@code line} before {@code next}, leaving in {@code line} what starts the next line: the
   * last character when {@code next} may not start a line (，。、…), and an opening bracket or quote
   * that may not end one.
   */
  private static String breakLine(StringBuilder line, int next) {
    int keep = line.length();
    if (NO_LINE_START.indexOf(next) >= 0 && keep > 1) {
      keep = line.offsetByCodePoints(keep, -1);
    }
    int first = keep < line.length() ? line.codePointAt(keep) : next; // what starts the next line
    if (word(first)) {
      int start = keep;
      while (start > 0 && word(line.charAt(start - 1))) {
        start--;
      }
      keep = start > 0 ? start : keep; // a number or word longer than the line is still cut
    }
    while (keep > 1 && NO_LINE_END.indexOf(line.codePointBefore(keep)) >= 0) {
      keep = line.offsetByCodePoints(keep, -1);
    }
    String done = line.substring(0, keep);
    line.delete(0, keep);
    return done;
  }

  /** Part of a Latin word or a number (a phone, a date), kept on one line. */
  private static boolean word(int cp) {
    return cp < 128 && (Character.isLetterOrDigit(cp) || cp == '-' || cp == '.');
  }

  private void closePage() throws IOException {
    if (content != null) {
      content.close();
      content = null;
    }
  }

  @Override
  public void close() throws IOException {
    closePage();
  }

  /** Closes the font collection once the document is saved. */
  void release() throws IOException {
    collection.close();
  }

  private static byte[] fontBytes() {
    byte[] bytes = fontBytes;
    if (bytes == null) {
      try (InputStream in =
          PdfPages.class.getClassLoader().getResourceAsStream(ChartFonts.RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("font resource missing: " + ChartFonts.RESOURCE);
        }
        bytes = in.readAllBytes();
        fontBytes = bytes;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return bytes;
  }
}
