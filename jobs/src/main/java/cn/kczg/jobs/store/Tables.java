package cn.kczg.jobs.store;

import cn.kczg.schemas.source.FieldType;
import cn.kczg.schemas.source.Role;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * Spark schemas of the warehouse's Delta tables. The canonical columns come from {@link Role}'s
 * fields, so a source definition and its table cannot drift apart.
 */
public final class Tables {
  public static final String REGISTRY = "registry";
  public static final String QUARANTINE = "quarantine";
  public static final String LEDGER = "ledger";
  public static final String METRICS = "org_metrics";
  public static final String SNAPSHOTS = "snapshots";
  public static final String ALIASES = "aliases";

  /**
   * Every state an item has had: one row each time an export delivers content the item did not
   * have at that drop (its first delivery, or a change), append-only ({@code ItemStates} reads it).
   */
  public static final String VERSIONS = "item_versions";

  /**
   * When each replaced version stopped holding: one row per replacement, append-only; a version
   * holds from its drop until the earliest drop that replaced it.
   */
  public static final String SUPERSESSIONS = "item_supersessions";

  private Tables() {}

  /** Lineage columns every ingested row carries. */
  static List<StructField> lineage() {
    return List.of(
        DataTypes.createStructField("drop_date", DataTypes.DateType, false),
        DataTypes.createStructField("source_file", DataTypes.StringType, false),
        DataTypes.createStructField("line", DataTypes.LongType, false),
        DataTypes.createStructField("batch_id", DataTypes.StringType, false));
  }

  /** The canonical columns of a role, typed. */
  public static List<StructField> canonical(Role role) {
    List<StructField> out = new ArrayList<>();
    for (Role.Field f : role.fields()) {
      out.add(DataTypes.createStructField(f.name(), sparkType(f.type()), true));
    }
    return out;
  }

  private static DataType sparkType(FieldType type) {
    return switch (type) {
      case TEXT -> DataTypes.StringType;
      case DATE -> DataTypes.DateType;
      case COUNT -> DataTypes.LongType;
    };
  }

  /**
   * Item versions: kind, the canonical item fields, derived keys (normalized org name, published,
   * the integrity checks' title and person keys), where the version was delivered ({@code
   * valid_from} is its drop, with file, line and batch) and its fingerprints (identity, raw
   * record, content). When it stopped holding is in {@link #SUPERSESSIONS}.
   */
  public static StructType versions() {
    List<StructField> f = new ArrayList<>();
    f.add(DataTypes.createStructField("kind", DataTypes.StringType, false));
    f.addAll(canonical(Role.ITEMS));
    f.add(DataTypes.createStructField("org_key", DataTypes.StringType, false));
    f.add(DataTypes.createStructField("published", DataTypes.BooleanType, false));
    f.add(DataTypes.createStructField("title_key", DataTypes.StringType, true));
    f.add(DataTypes.createStructField("person_key", DataTypes.StringType, true));
    f.add(DataTypes.createStructField("valid_from", DataTypes.DateType, false));
    f.add(DataTypes.createStructField("source_file", DataTypes.StringType, false));
    f.add(DataTypes.createStructField("line", DataTypes.LongType, false));
    f.add(DataTypes.createStructField("batch_id", DataTypes.StringType, false));
    f.add(DataTypes.createStructField("key_hash", DataTypes.LongType, false));
    f.add(DataTypes.createStructField("line_hash", DataTypes.LongType, false));
    f.add(DataTypes.createStructField("line_check", DataTypes.IntegerType, false));
    f.add(DataTypes.createStructField("content_hash", DataTypes.LongType, false));
    f.add(DataTypes.createStructField("content_check", DataTypes.IntegerType, false));
    return DataTypes.createStructType(f);
  }

  /**
   * Replacements of item versions: the replaced version (by identity, drop and content) and the
   * drop from which it no longer holds.
   */
  public static StructType supersessions() {
    return DataTypes.createStructType(
        List.of(
            DataTypes.createStructField("key_hash", DataTypes.LongType, false),
            DataTypes.createStructField("valid_from", DataTypes.DateType, false),
            DataTypes.createStructField("content_hash", DataTypes.LongType, false),
            DataTypes.createStructField("superseded_at", DataTypes.DateType, false),
            DataTypes.createStructField("kind", DataTypes.StringType, false),
            DataTypes.createStructField("item_id", DataTypes.StringType, false),
            DataTypes.createStructField("batch_id", DataTypes.StringType, false)));
  }

  /** Registry rows: canonical registry fields, the name key, lineage. */
  public static StructType registry() {
    List<StructField> f = new ArrayList<>(canonical(Role.REGISTRY));
    f.add(DataTypes.createStructField("name_key", DataTypes.StringType, false));
    f.addAll(lineage());
    return DataTypes.createStructType(f);
  }

  /** Snapshot rows: canonical snapshot fields, the name key, lineage. */
  public static StructType snapshots() {
    List<StructField> f = new ArrayList<>(canonical(Role.SNAPSHOT));
    f.add(DataTypes.createStructField("name_key", DataTypes.StringType, false));
    f.addAll(lineage());
    return DataTypes.createStructType(f);
  }

  /** Rows that could not be used, with the reason. */
  public static StructType quarantine() {
    List<StructField> f = new ArrayList<>();
    f.add(DataTypes.createStructField("source_id", DataTypes.StringType, false));
    f.add(DataTypes.createStructField("reason", DataTypes.StringType, false));
    f.add(DataTypes.createStructField("detail", DataTypes.StringType, true));
    f.add(DataTypes.createStructField("raw", DataTypes.StringType, true));
    f.addAll(lineage());
    return DataTypes.createStructType(f);
  }

  /** Confirmed aliases: a raw organization name (normalized) mapped to a registry org id. */
  public static StructType aliases() {
    return DataTypes.createStructType(
        List.of(
            DataTypes.createStructField("name_key", DataTypes.StringType, false),
            DataTypes.createStructField("raw_name", DataTypes.StringType, false),
            DataTypes.createStructField("org_id", DataTypes.StringType, false),
            DataTypes.createStructField("added_at", DataTypes.TimestampType, false)));
  }

  /**
   * One row per ingested file: the commit point of a batch (see {@link Ledger}). Rows read = rows
   * stored (new versions) + rows unchanged (the item's state as it was) + rows quarantined.
   */
  public static StructType ledger() {
    return DataTypes.createStructType(
        List.of(
            DataTypes.createStructField("batch_id", DataTypes.StringType, false),
            DataTypes.createStructField("drop_date", DataTypes.DateType, false),
            DataTypes.createStructField("drop_folder", DataTypes.StringType, false),
            DataTypes.createStructField("file", DataTypes.StringType, false),
            DataTypes.createStructField("sha256", DataTypes.StringType, false),
            DataTypes.createStructField("source_id", DataTypes.StringType, false),
            DataTypes.createStructField("encoding", DataTypes.StringType, true),
            DataTypes.createStructField("rows_read", DataTypes.LongType, false),
            DataTypes.createStructField("rows_stored", DataTypes.LongType, false),
            DataTypes.createStructField("rows_quarantined", DataTypes.LongType, false),
            DataTypes.createStructField("rows_unchanged", DataTypes.LongType, true),
            DataTypes.createStructField("ingested_at", DataTypes.TimestampType, false),
            DataTypes.createStructField("source_digest", DataTypes.StringType, true)));
  }
}
