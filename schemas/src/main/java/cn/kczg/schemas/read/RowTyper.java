package cn.kczg.schemas.read;

import cn.kczg.schemas.read.RowOutcome.Reason;
import cn.kczg.schemas.source.HeaderMapping;
import cn.kczg.schemas.source.Role;
import cn.kczg.schemas.source.SourceDefinition;
import cn.kczg.schemas.text.Dates;
import cn.kczg.schemas.text.Names;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

/**
 * Checks and types every value of one data row under its source definition, or gives the reason the
 * row cannot be used: a key field (the required ones, ids and accounts) holding a control character
 * ({@code CONTROL_CHARACTER}), an empty or invalid date or time of day ({@code BAD_DATE}), an empty
 * count ({@code MISSING_COUNT}: an empty count is not 0), a count that is not a whole number
 * ({@code BAD_NUMBER}), and the missing keys ({@code MISSING_ID}, {@code NO_ORG}, {@code
 * MISSING_VALUE}). Text made only of invisible characters (zero-width spaces, byte-order marks)
 * counts as empty. A {@link Role#RECORDS} source's own fields are typed as declared (text, date,
 * date and time, count, decimal); a blank cell is no value unless the field is {@code
 * value_required}, and then the row is rejected ({@code MISSING_VALUE}, {@code BAD_DATE} or {@code
 * MISSING_COUNT}).
 *
 * <p>Example: an item id {@code ZX\u0000-1} is rejected as {@code CONTROL_CHARACTER}; a 专家数 cell
 * left empty in a snapshot as {@code MISSING_COUNT}; 发布时间 {@code 2022-07-01 25:61:00} as {@code
 * BAD_DATE}.
 */
final class RowTyper {
  /** Fields that identify a row besides the required ones: a control character there is refused. */
  private static final Set<String> KEYS = Set.of("item_id", "org_id", "account");

  private final SourceDefinition definition;

  RowTyper(SourceDefinition definition) {
    this.definition = definition;
  }

  RowOutcome type(TableRow row, HeaderMapping mapping, boolean keepRaw) {
    List<SourceDefinition.Field> fields = definition.fields();
    Object[] values = new Object[fields.size()];
    for (int i = 0; i < fields.size(); i++) {
      SourceDefinition.Field field = fields.get(i);
      String text = Names.clean(mapping.cell(row.cells(), field.name()));
      int control = controlAt(text);
      if (control >= 0 && isKey(field)) {
        return RowOutcome.rejected(
            row, Reason.CONTROL_CHARACTER, controlDetail(field, text, control));
      }
      text = invisible(text) ? "" : text;
      Object value;
      try {
        value = text.isEmpty() ? blank(field) : value(field, text);
      } catch (Rejection r) {
        return RowOutcome.rejected(row, r.reason, r.getMessage());
      }
      values[i] = value;
    }
    if (definition.role() == Role.RECORDS) {
      return keepRaw ? RowOutcome.ok(row, values) : RowOutcome.okWithoutRaw(row, values);
    }
    return checkKeys(row, values, keepRaw);
  }

  private Object value(SourceDefinition.Field field, String text) {
    return switch (field.type()) {
      case DATE -> date(field, text);
      case DATETIME -> dateTime(field, text);
      case COUNT -> count(field, text);
      case DECIMAL -> decimal(field, text);
      case TEXT -> text;
    };
  }

  /** A blank cell: no value, or the row's rejection when the field must be filled. */
  private Object blank(SourceDefinition.Field field) {
    if (!mustFill(field)) {
      return null;
    }
    String column = columnOf(field.name());
    throw switch (field.type()) {
      case DATE, DATETIME -> new Rejection(Reason.BAD_DATE, RowOutcome.detail("empty", column));
      case COUNT, DECIMAL ->
          new Rejection(Reason.MISSING_COUNT, RowOutcome.detail("empty_count", column));
      case TEXT -> new Rejection(Reason.MISSING_VALUE, RowOutcome.detail("empty_required", column));
    };
  }

  /**
   * True when a blank cell rejects the row: a records source says so per field; a warehouse role's
   * required dates and every snapshot count must be filled (its keys are checked by checkKeys).
   */
  private boolean mustFill(SourceDefinition.Field field) {
    if (definition.role() == Role.RECORDS) {
      return definition.valueRequired().contains(field.name());
    }
    return switch (field.type()) {
      case DATE -> definition.required().contains(field.name());
      case COUNT -> true;
      default -> false;
    };
  }

  private LocalDate date(SourceDefinition.Field field, String text) {
    return Dates.parse(text)
        .orElseThrow(
            () ->
                new Rejection(
                    Reason.BAD_DATE, RowOutcome.detail("not_date", columnOf(field.name()), text)));
  }

  private LocalDateTime dateTime(SourceDefinition.Field field, String text) {
    return Dates.parseDateTime(text)
        .orElseThrow(
            () ->
                new Rejection(
                    Reason.BAD_DATE,
                    RowOutcome.detail("not_date_time", columnOf(field.name()), text)));
  }

  private Long count(SourceDefinition.Field field, String text) {
    Long count = parseCount(text);
    if (count == null) {
      throw new Rejection(
          Reason.BAD_NUMBER, RowOutcome.detail("not_number", columnOf(field.name()), text));
    }
    return count;
  }

  private BigDecimal decimal(SourceDefinition.Field field, String text) {
    try {
      return new BigDecimal(Normalizer.normalize(text, Normalizer.Form.NFKC).replace(",", ""));
    } catch (NumberFormatException e) {
      throw new Rejection(
          Reason.BAD_NUMBER, RowOutcome.detail("not_decimal", columnOf(field.name()), text));
    }
  }

  private RowOutcome checkKeys(TableRow row, Object[] values, boolean keepRaw) {
    Role role = definition.role();
    if (role == Role.ITEMS && values[indexOf("item_id")] == null) {
      return RowOutcome.rejected(
          row, Reason.MISSING_ID, RowOutcome.detail("empty", columnOf("item_id")));
    }
    if (values[indexOf("org_name")] == null
        && (role == Role.REGISTRY || values[indexOf("account")] == null)) {
      return RowOutcome.rejected(
          row, Reason.NO_ORG, RowOutcome.detail("empty", columnOf("org_name")));
    }
    if (role == Role.REGISTRY && values[indexOf("category")] == null) {
      return RowOutcome.rejected(
          row, Reason.MISSING_VALUE, RowOutcome.detail("empty", columnOf("category")));
    }
    return keepRaw ? RowOutcome.ok(row, values) : RowOutcome.okWithoutRaw(row, values);
  }

  private boolean isKey(SourceDefinition.Field field) {
    return definition.required().contains(field.name()) || KEYS.contains(field.name());
  }

  /** Where the first control character is (C0 but tab, and DEL), or -1. */
  static int controlAt(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if ((c < 0x20 && c != '\t') || c == 0x7F) {
        return i;
      }
    }
    return -1;
  }

  private String controlDetail(SourceDefinition.Field field, String text, int at) {
    return RowOutcome.detail(
        "control",
        columnOf(field.name()),
        String.format(java.util.Locale.ROOT, "%04X", (int) text.charAt(at)),
        at + 1);
  }

  /** True when every character is blank or invisible (format characters such as U+200B). */
  static boolean invisible(String text) {
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      if (!Character.isWhitespace(cp)
          && !Character.isSpaceChar(cp)
          && Character.getType(cp) != Character.FORMAT) {
        return false;
      }
      i += Character.charCount(cp);
    }
    return true;
  }

  private int indexOf(String field) {
    return definition.indexOf(field);
  }

  private String columnOf(String field) {
    return definition.columnOf(field);
  }

  private static Long parseCount(String text) {
    String t = Normalizer.normalize(text, Normalizer.Form.NFKC).replace(",", "");
    if (t.endsWith(".0")) {
      t = t.substring(0, t.length() - 2);
    }
    try {
      long v = Long.parseLong(t);
      return v < 0 ? null : v;
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** A value that cannot be used; carries no stack trace. */
  private static final class Rejection extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final Reason reason;

    Rejection(Reason reason, String detail) {
      super(detail, null, false, false);
      this.reason = reason;
    }
  }
}
