package cn.kczg.schemas.source;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What a source delivers, and so which canonical fields its definition maps columns to. For the
 * three warehouse roles the fields are fixed: they are the columns of the warehouse table the rows
 * land in. A {@link #RECORDS} source declares its own fields: its rows are read by a program from
 * the program's own input folder and are never stored.
 */
public enum Role {
  /** The city's organization registry (机构名录). */
  REGISTRY(
      List.of(
          field("org_id", FieldType.TEXT, false),
          field("org_name", FieldType.TEXT, true),
          field("account", FieldType.TEXT, false),
          field("category", FieldType.TEXT, true),
          field("level", FieldType.TEXT, false),
          field("region", FieldType.TEXT, false),
          field("channel", FieldType.TEXT, false),
          field("joined", FieldType.DATE, false),
          field("leader", FieldType.TEXT, false),
          field("contact", FieldType.TEXT, false),
          field("phone", FieldType.TEXT, false),
          field("association_founded", FieldType.DATE, false),
          field("association_chair", FieldType.TEXT, false),
          // Optional fields for the forms (annex 2); see sources/registry.yaml.
          field("leader_title", FieldType.TEXT, false),
          field("introduction", FieldType.TEXT, false),
          field("association_chair_post", FieldType.TEXT, false),
          field("association_chair_phone", FieldType.TEXT, false),
          field("association_vice_chairs", FieldType.TEXT, false),
          field("association_vice_chair_posts", FieldType.TEXT, false),
          field("association_vice_chair_phones", FieldType.TEXT, false),
          field("association_secretary", FieldType.TEXT, false),
          field("association_secretary_post", FieldType.TEXT, false),
          field("association_secretary_phone", FieldType.TEXT, false))),
  /** One item export (明细) of one {@link cn.kczg.schemas.model.ItemKind}. */
  ITEMS(
      List.of(
          field("item_id", FieldType.TEXT, true),
          field("org_name", FieldType.TEXT, true),
          field("account", FieldType.TEXT, false),
          field("item_date", FieldType.DATE, true),
          field("status", FieldType.TEXT, true),
          field("title", FieldType.TEXT, false),
          field("field", FieldType.TEXT, false),
          field("position", FieldType.TEXT, false),
          field("activity_type", FieldType.TEXT, false),
          field("activity_form", FieldType.TEXT, false),
          // A person's identifiers (experts): they tell namesakes apart for the duplicate-expert
          // check; shared outputs mask them (reports' SharedText).
          field("phone", FieldType.TEXT, false),
          field("email", FieldType.TEXT, false),
          field("id_number", FieldType.TEXT, false))),
  /** A back-office count snapshot (机构统计). */
  SNAPSHOT(
      List.of(
          field("org_name", FieldType.TEXT, true),
          field("account", FieldType.TEXT, false),
          field("experts", FieldType.COUNT, true),
          field("achievements", FieldType.COUNT, true),
          field("demands", FieldType.COUNT, true),
          field("news", FieldType.COUNT, true),
          field("activities", FieldType.COUNT, true),
          field("as_of", FieldType.DATE, true))),
  /**
   * Rows a program reads from its own input folder (assessment sheets, station lists, nominations):
   * the definition declares the fields, each with its type; nothing lands in the warehouse.
   */
  RECORDS(List.of());

  /** A canonical field: its name, type, and whether every definition of the role must map it. */
  public record Field(String name, FieldType type, boolean mustMap) {}

  private final List<Field> fields;

  Role(List<Field> fields) {
    this.fields = fields;
  }

  private static Field field(String name, FieldType type, boolean mustMap) {
    return new Field(name, type, mustMap);
  }

  /** The canonical fields, in table column order. */
  public List<Field> fields() {
    return fields;
  }

  /** The canonical field with that name. */
  public Optional<Field> field(String name) {
    return fields.stream().filter(f -> f.name().equals(name)).findFirst();
  }

  /** True for the roles whose rows the ingest stores in the warehouse (not {@link #RECORDS}). */
  public boolean warehouse() {
    return this != RECORDS;
  }

  /** Lower-case name used in definition files. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }
}
