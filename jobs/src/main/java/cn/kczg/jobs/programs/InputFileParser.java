package cn.kczg.jobs.programs;

import cn.kczg.schemas.read.RowOutcome;
import cn.kczg.schemas.read.SourceFileParser;
import cn.kczg.schemas.source.HeaderMapping;
import cn.kczg.schemas.source.Role;
import cn.kczg.schemas.source.SourceDefinition;
import cn.kczg.schemas.source.ValueType;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Parses the files of one source. A records source is read with every field as text, then each row
 * typed: a row whose typing fails still has its cells by field, so a type can tell whom it was
 * about.
 */
final class InputFileParser {
  private final SourceDefinition definition;
  private final SourceFileParser strict;
  private final SourceFileParser reader;
  private final HeaderMapping byPosition;
  final List<InputRow> rows = new ArrayList<>();
  final List<InputRows.Rejected> rejected = new ArrayList<>();
  final List<RowProblem> notes = new ArrayList<>();

  InputFileParser(SourceDefinition definition) {
    this.definition = definition;
    this.strict = new SourceFileParser(definition);
    boolean records = definition.role() == Role.RECORDS;
    this.reader = records ? new SourceFileParser(asText(definition)) : strict;
    Map<String, Integer> positions = new LinkedHashMap<>();
    definition.fields().forEach(f -> positions.put(f.name(), positions.size()));
    this.byPosition = new HeaderMapping(positions, List.of());
  }

  void file(Path file, LocalDate drop) {
    String display = file.toString();
    reader
        .parse(file, display, outcome -> offer(display, drop, outcome))
        .notes()
        .forEach(n -> notes.add(new RowProblem(display, 0, "", n)));
  }

  private void offer(String file, LocalDate drop, RowOutcome read) {
    RowOutcome typed = read;
    InputRow texts = read.accepted() ? row(file, drop, read) : emptyRow(file, drop, read);
    if (read.accepted() && reader != strict) {
      List<String> cells = new ArrayList<>();
      for (Object v : read.values()) {
        cells.add(v == null ? "" : v.toString());
      }
      typed = strict.typeRecord(read.line(), cells, byPosition);
    }
    if (typed.accepted()) {
      rows.add(row(file, drop, typed));
    } else {
      rejected.add(
          new InputRows.Rejected(
              texts,
              new RowProblem(file, typed.line(), "", typed.reason() + ": " + typed.detail())));
    }
  }

  private InputRow row(String file, LocalDate drop, RowOutcome outcome) {
    Map<String, Object> values = new LinkedHashMap<>();
    List<SourceDefinition.Field> fields = definition.fields();
    for (int i = 0; i < fields.size(); i++) {
      values.put(fields.get(i).name(), outcome.values()[i]);
    }
    return new InputRow(file, outcome.line(), drop, values);
  }

  private static InputRow emptyRow(String file, LocalDate drop, RowOutcome outcome) {
    return new InputRow(file, outcome.line(), drop, Map.of());
  }

  /** The same definition with every field read as optional text. */
  private static SourceDefinition asText(SourceDefinition d) {
    return new SourceDefinition(
        d.id(),
        d.origin(),
        d.role(),
        d.kind(),
        d.filePatterns(),
        d.formats(),
        d.headerSearchRows(),
        d.columns(),
        d.required(),
        d.published(),
        d.notPublished(),
        d.sheets(),
        d.fields().stream().map(f -> new SourceDefinition.Field(f.name(), ValueType.TEXT)).toList(),
        Set.of(),
        d.digest());
  }
}
