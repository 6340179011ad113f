package cn.kczg.jobs.ingest;

import cn.kczg.jobs.store.Tables;
import cn.kczg.schemas.model.ItemKind;
import cn.kczg.schemas.read.RowOutcome;
import cn.kczg.schemas.source.Role;
import cn.kczg.schemas.text.Fingerprint;
import cn.kczg.schemas.text.Names;
import cn.kczg.schemas.text.TitleKeys;
import java.time.LocalDate;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.catalyst.expressions.GenericInternalRow;
import org.apache.spark.unsafe.types.UTF8String;

/**
 * Turns a parsed item row into its identity and content fingerprints and into a row of {@link
 * Tables#versions()}: the canonical values, the keys derived once per version (normalized org name,
 * published, the checks' title and person keys) and where it was delivered.
 */
final class VersionRows {
  private static final int FIELDS = Role.ITEMS.fields().size();
  private static final int KEY_SEED = 0x4b455931;
  private static final int CONTENT_SEED = 0x434f4e31;

  /** An item's identity (kind and id) and the fingerprint of its canonical content. */
  record Identity(Fingerprint key, Fingerprint content) {}

  private final InboxFile file;
  private final ItemKind kind;
  private final UTF8String kindText;
  private final UTF8String display;
  private final UTF8String batch;
  private final int dropDay;

  VersionRows(InboxFile file, String batchId) {
    this.file = file;
    this.kind = file.definition().kind();
    this.kindText = UTF8String.fromString(kind.key());
    this.display = UTF8String.fromString(file.display());
    this.batch = UTF8String.fromString(batchId);
    this.dropDay = (int) file.dropDate().toEpochDay();
  }

  /** The identity of an item. */
  static Fingerprint key(ItemKind kind, String itemId) {
    return Fingerprint.ofTexts(KEY_SEED, kind.key(), itemId);
  }

  /** The content fingerprint of an item's canonical values (in {@link Role#ITEMS} order). */
  static Fingerprint content(ItemKind kind, Object[] values) {
    String[] texts = new String[FIELDS + 1];
    texts[0] = kind.key();
    for (int i = 0; i < FIELDS; i++) {
      texts[i + 1] = values[i] == null ? null : values[i].toString();
    }
    return Fingerprint.ofTexts(CONTENT_SEED, texts);
  }

  /**
   * The normalized org name, remembered per task: an export names each organization thousands of
   * times, and NFKC is a fifth of the cost of typing a row when names hold full-width brackets.
   */
  private String orgKey(String name) {
    if (name == null) {
      return "";
    }
    if (orgKeys.size() > 50_000) {
      orgKeys.clear();
    }
    return orgKeys.computeIfAbsent(name, Names::normalize);
  }

  private final java.util.HashMap<String, String> orgKeys = new java.util.HashMap<>();

  Identity identity(RowOutcome o) {
    return new Identity(key(kind, (String) o.values()[0]), content(kind, o.values()));
  }

  /**
   * The version row of an accepted outcome, in Spark's internal form (text as {@link UTF8String},
   * dates as days since 1970): handed to the versions append without the per-value conversion an
   * external {@code Row} would go through (a fifth of the parse tasks' time).
   */
  InternalRow row(RowOutcome o, Identity id, Fingerprint line) {
    Object[] v = o.values();
    Object[] row = new Object[FIELDS + 14];
    row[0] = kindText;
    for (int i = 0; i < FIELDS; i++) {
      row[i + 1] = internal(v[i]);
    }
    int at = FIELDS + 1;
    String title = (String) v[5];
    row[at++] = UTF8String.fromString(orgKey((String) v[1]));
    row[at++] = file.definition().isPublished((String) v[4]);
    row[at++] = UTF8String.fromString(TitleKeys.title(title));
    row[at++] =
        kind == ItemKind.EXPERTS
            ? UTF8String.fromString(TitleKeys.person(title, (String) v[7], (String) v[6]))
            : null;
    row[at++] = dropDay;
    row[at++] = display;
    row[at++] = o.line();
    row[at++] = batch;
    row[at++] = id.key().hash();
    row[at++] = line.hash();
    row[at++] = line.check();
    row[at++] = id.content().hash();
    row[at] = id.content().check();
    return new GenericInternalRow(row);
  }

  private static Object internal(Object value) {
    if (value instanceof String s) {
      return UTF8String.fromString(s);
    }
    if (value instanceof LocalDate d) {
      return (int) d.toEpochDay();
    }
    return value;
  }
}
