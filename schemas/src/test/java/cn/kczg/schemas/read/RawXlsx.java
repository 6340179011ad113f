package cn.kczg.schemas.read;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes XLSX files part by part, as writers other than Excel (and attackers) do: sheets whose rows
 * and cells carry no {@code r} reference, inline strings, no shared-strings part, extra parts, a
 * DOCTYPE, relationships of any kind. Every part is replaceable before {@link #bytes}.
 */
final class RawXlsx {
  static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
  private static final String REL =
      "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  private final List<String> sheetNames = new ArrayList<>();
  private final Map<String, byte[]> parts = new LinkedHashMap<>();
  private String sharedStrings;
  private String extraRootRelationships = "";

  /** Adds a sheet whose {@code <sheetData>} content is {@code rowsXml}. */
  RawXlsx sheet(String name, String rowsXml) {
    sheetNames.add(name);
    return part(
        "xl/worksheets/sheet" + sheetNames.size() + ".xml",
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
            + "<worksheet xmlns=\""
            + MAIN
            + "\"><sheetData>"
            + rowsXml
            + "</sheetData></worksheet>");
  }

  /** Adds a shared-strings part holding these strings, in order. */
  RawXlsx sharedStrings(String... strings) {
    StringBuilder xml = new StringBuilder();
    for (String s : strings) {
      xml.append("<si><t>").append(s).append("</t></si>");
    }
    sharedStrings =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\""
            + MAIN
            + "\" count=\""
            + strings.length
            + "\" uniqueCount=\""
            + strings.length
            + "\">"
            + xml
            + "</sst>";
    return this;
  }

  /** Adds a relationship of the package itself (e.g. an external {@code mailto:} link). */
  RawXlsx rootRelationship(String xml) {
    extraRootRelationships += xml;
    return this;
  }

  /** Sets (or replaces) a part's text. */
  RawXlsx part(String name, String text) {
    return part(name, text.getBytes(StandardCharsets.UTF_8));
  }

  RawXlsx part(String name, byte[] bytes) {
    parts.put(name, bytes);
    return this;
  }

  /** Inline-string cells, one per value, without references: {@code <c t="inlineStr">}. */
  static String inlineRow(String... values) {
    StringBuilder row = new StringBuilder("<row>");
    for (String v : values) {
      row.append("<c t=\"inlineStr\"><is><t>").append(v).append("</t></is></c>");
    }
    return row.append("</row>").toString();
  }

  byte[] bytes() {
    Map<String, byte[]> all = new LinkedHashMap<>();
    all.put("[Content_Types].xml", utf8(contentTypes()));
    all.put(
        "_rels/.rels",
        utf8(
            relationships(
                "<Relationship Id=\"rId1\" Type=\""
                    + REL
                    + "/officeDocument\" Target=\"xl/workbook.xml\"/>"
                    + extraRootRelationships)));
    all.put("xl/workbook.xml", utf8(workbook()));
    all.put("xl/_rels/workbook.xml.rels", utf8(workbookRelationships()));
    if (sharedStrings != null) {
      all.put("xl/sharedStrings.xml", utf8(sharedStrings));
    }
    all.putAll(parts);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      for (Map.Entry<String, byte[]> e : all.entrySet()) {
        zip.putNextEntry(new ZipEntry(e.getKey()));
        zip.write(e.getValue());
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private String contentTypes() {
    StringBuilder xml =
        new StringBuilder(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>");
    for (int i = 1; i <= sheetNames.size(); i++) {
      xml.append("<Override PartName=\"/xl/worksheets/sheet")
          .append(i)
          .append(
              ".xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>");
    }
    if (sharedStrings != null) {
      xml.append(
          "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>");
    }
    return xml.append("</Types>").toString();
  }

  private String workbook() {
    StringBuilder sheets = new StringBuilder();
    for (int i = 1; i <= sheetNames.size(); i++) {
      sheets
          .append("<sheet name=\"")
          .append(sheetNames.get(i - 1))
          .append("\" sheetId=\"")
          .append(i)
          .append("\" r:id=\"rId")
          .append(i)
          .append("\"/>");
    }
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\""
        + MAIN
        + "\" xmlns:r=\""
        + REL
        + "\"><sheets>"
        + sheets
        + "</sheets></workbook>";
  }

  private String workbookRelationships() {
    StringBuilder rels = new StringBuilder();
    for (int i = 1; i <= sheetNames.size(); i++) {
      rels.append("<Relationship Id=\"rId")
          .append(i)
          .append("\" Type=\"")
          .append(REL)
          .append("/worksheet\" Target=\"worksheets/sheet")
          .append(i)
          .append(".xml\"/>");
    }
    if (sharedStrings != null) {
      rels.append("<Relationship Id=\"rIdS\" Type=\"")
          .append(REL)
          .append("/sharedStrings\" Target=\"sharedStrings.xml\"/>");
    }
    return relationships(rels.toString());
  }

  private static String relationships(String body) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
        + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        + body
        + "</Relationships>";
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
