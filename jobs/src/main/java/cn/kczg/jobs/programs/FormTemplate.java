package cn.kczg.jobs.programs;

import cn.kczg.reports.forms.Form;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An official form as rulebook data: the notice's annex laid out as rows of cells, with
 * placeholders ({@code {station}}, {@code {amount_capitals}}) a program type fills per subject. The
 * notice's wording stays in the rulebook; the reports module draws every form the same way.
 *
 * <pre>
 * forms:
 *   application:                       # 附件1
 *     file: 申请表-{station}.xlsx
 *     title: 国家级/省级学会服务站建站资助申请表
 *     widths: [26, 22, 22, 22]
 *     rows:
 *       - [{label: 学会服务站名称}, {value: "{station}", span: 3}]
 *       - {height: 90, cells: [{label: 建站主要内容}, {value: "{work}", span: 3}]}
 *       - [{right: "（盖章）\n年    月    日", span: 4}]
 * </pre>
 *
 * A cell is one key naming its look ({@code label}, {@code value}, {@code centered}, {@code right},
 * {@code plain}) with its text, and an optional {@code span} (columns, default 1).
 *
 * @param id the form's key under {@code forms:}
 * @param sheet the sheet name (optional key {@code sheet}; default the id)
 * @param file the file name, with placeholders
 * @param title the form's title
 * @param widths the column widths in characters
 * @param rows the rows below the title
 */
public record FormTemplate(
    String id, String sheet, String file, String title, List<Integer> widths, List<Form.Row> rows) {
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z_]+)}");
  private static final Map<String, Form.Look> LOOKS =
      Map.of(
          "label", Form.Look.LABEL,
          "value", Form.Look.VALUE,
          "centered", Form.Look.CENTERED,
          "right", Form.Look.RIGHT,
          "plain", Form.Look.PLAIN);

  public FormTemplate {
    widths = List.copyOf(widths);
    rows = List.copyOf(rows);
  }

  /** The form for one subject: every placeholder replaced by its value ("" when it has none). */
  public Form fill(Map<String, String> values) {
    List<Form.Row> filled = new ArrayList<>();
    for (Form.Row row : rows) {
      List<Form.Cell> cells = new ArrayList<>();
      row.cells()
          .forEach(c -> cells.add(new Form.Cell(replace(c.text(), values), c.span(), c.look())));
      filled.add(new Form.Row(row.height(), cells));
    }
    return new Form(replace(file, values), sheet, replace(title, values), widths, filled);
  }

  private static String replace(String text, Map<String, String> values) {
    Matcher m = PLACEHOLDER.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(out, Matcher.quoteReplacement(values.getOrDefault(m.group(1), "")));
    }
    return m.appendTail(out).toString();
  }

  /**
   * Reads the templates under {@code forms:} of a section (none when the section has no {@code
   * forms:}); {@code wanted} names the forms the type can fill (a rulebook lays out those it
   * wants), {@code placeholders} the values it offers. Every problem goes to the reader.
   */
  public static Map<String, FormTemplate> read(
      SectionReader reader,
      Map<String, Object> section,
      String where,
      List<String> wanted,
      Set<String> placeholders) {
    Map<String, FormTemplate> out = new LinkedHashMap<>();
    if (!section.containsKey("forms")) {
      return out;
    }
    Map<String, Object> forms = reader.map(section, where, "forms");
    for (String id : wanted) {
      if (forms.containsKey(id)) {
        Map<String, Object> node = reader.map(forms, where + ".forms", id);
        out.put(id, template(reader, node, where + ".forms." + id, id, placeholders));
      }
    }
    forms.keySet().stream()
        .filter(k -> !wanted.contains(k))
        .forEach(
            k ->
                reader.problem(
                    where + ".forms." + k + " is not a form this type fills (" + wanted + ")"));
    return out;
  }

  private static FormTemplate template(
      SectionReader reader,
      Map<String, Object> node,
      String where,
      String id,
      Set<String> placeholders) {
    String file = reader.text(node, where, "file");
    String title = reader.text(node, where, "title");
    List<Integer> widths = new ArrayList<>();
    Object w = node.get("widths");
    if (w instanceof List<?> list
        && !list.isEmpty()
        && list.stream().allMatch(x -> x instanceof Integer i && i > 0)) {
      list.forEach(x -> widths.add((Integer) x));
    } else {
      reader.problem(where + ".widths must list column widths (whole numbers > 0)");
    }
    List<Form.Row> rows = new ArrayList<>();
    Object r = node.get("rows");
    if (!(r instanceof List<?> list) || list.isEmpty()) {
      reader.problem(where + ".rows must list the form's rows");
    } else {
      for (int i = 0; i < list.size(); i++) {
        rows.add(row(reader, list.get(i), where + ".rows[" + i + "]", widths.size()));
      }
    }
    checkPlaceholders(reader, where, file, title, rows, placeholders);
    String sheet = node.containsKey("sheet") ? reader.text(node, where, "sheet") : id;
    return new FormTemplate(id, sheet, file, title, widths, rows);
  }

  private static Form.Row row(SectionReader reader, Object node, String where, int columns) {
    float height = 0;
    Object cells = node;
    if (node instanceof Map<?, ?> m) {
      height = m.get("height") instanceof Number n ? n.floatValue() : 0;
      cells = m.get("cells");
    }
    List<Form.Cell> out = new ArrayList<>();
    if (!(cells instanceof List<?> list) || list.isEmpty()) {
      reader.problem(where + " must list its cells");
      return new Form.Row(height, out);
    }
    int span = 0;
    for (Object cell : list) {
      Form.Cell c = cell(reader, cell, where);
      span += c.span();
      out.add(c);
    }
    if (columns > 0 && span != columns) {
      reader.problem(where + " spans " + span + " columns; the form has " + columns);
    }
    return new Form.Row(height, out);
  }

  private static Form.Cell cell(SectionReader reader, Object node, String where) {
    if (node instanceof Map<?, ?> m) {
      int span = m.get("span") instanceof Integer i && i > 0 ? i : 1;
      for (Map.Entry<String, Form.Look> look : LOOKS.entrySet()) {
        if (m.containsKey(look.getKey())) {
          Object text = m.get(look.getKey());
          return new Form.Cell(text == null ? "" : text.toString(), span, look.getValue());
        }
      }
    }
    reader.problem(
        where + ": a cell is one of " + LOOKS.keySet() + " with its text, e.g. {label: 名称}");
    return new Form.Cell("", 1, Form.Look.VALUE);
  }

  private static void checkPlaceholders(
      SectionReader reader,
      String where,
      String file,
      String title,
      List<Form.Row> rows,
      Set<String> placeholders) {
    List<String> texts = new ArrayList<>(List.of(file, title));
    rows.forEach(r -> r.cells().forEach(c -> texts.add(c.text())));
    for (String text : texts) {
      Matcher m = PLACEHOLDER.matcher(text);
      while (m.find()) {
        if (!placeholders.contains(m.group(1))) {
          reader.problem(
              where
                  + ": placeholder {"
                  + m.group(1)
                  + "} is not one this form offers ("
                  + String.join(", ", placeholders.stream().sorted().toList())
                  + ")");
        }
      }
    }
  }
}
