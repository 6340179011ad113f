package cn.kczg.schemas.source;

/** How a canonical field's text is read. */
public enum FieldType {
  /** Kept as text, blanks trimmed. */
  TEXT,
  /** A calendar day in any of the formats of {@link cn.kczg.schemas.text.Dates}. */
  DATE,
  /** A non-negative whole number. */
  COUNT
}
