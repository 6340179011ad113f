package cn.kczg.jobs.ingest;

import cn.kczg.jobs.store.Tables;
import cn.kczg.schemas.model.ItemKind;
import cn.kczg.schemas.read.RowOutcome;
import cn.kczg.schemas.source.Role;
import cn.kczg.schemas.text.Fingerprint;
import cn.kczg.schemas.text.Names;
import cn.kczg.schemas.text.TitleKeys;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

/**
 * Turns a parsed item row into its identity and content fingerprints and into a row of {@link
 * Tables#versions()}: the canonical values, the keys derived once per version (normalized org
 * name, published, the checks' title and person keys) and where it was delivered.
 */
final class VersionRows {
  private static final int FIELDS = Role.ITEMS.fields().size();
  private static final int KEY_SEED = 0x4b455931;
  private static final int CONTENT_SEED = 0x434f4e31;

  /** An item's identity (kind and id) and the fingerprint of its canonical content. */
  record Identity(Fingerprint key, Fingerprint content) {}

  private final InboxFile file;
  private final ItemKind kind;
  private final String batchId;

  VersionRows(InboxFile file, String batchId) {
    this.file = file;
    this.kind = file.definition().kind();
    this.batchId = batchId;
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

  Identity identity(RowOutcome o) {
    return new Identity(key(kind, (String) o.values()[0]), content(kind, o.values()));
  }

  /** The version row of an accepted outcome. */
  Row row(RowOutcome o, Identity id, Fingerprint line) {
    Object[] v = o.values();
    Object[] row = new Object[FIELDS + 14];
    row[0] = kind.key();
    System.arraycopy(v, 0, row, 1, FIELDS);
    int at = FIELDS + 1;
    String title = (String) v[5];
    row[at++] = Names.normalize((String) v[1]);
    row[at++] = file.definition().isPublished((String) v[4]);
    row[at++] = TitleKeys.title(title);
    row[at++] = kind == ItemKind.EXPERTS ? TitleKeys.person(title, (String) v[7], (String) v[6]) : null;
    row[at++] = file.dropDate();
    row[at++] = file.display();
    row[at++] = o.line();
    row[at++] = batchId;
    row[at++] = id.key().hash();
    row[at++] = line.hash();
    row[at++] = line.check();
    row[at++] = id.content().hash();
    row[at] = id.content().check();
    return RowFactory.create(row);
  }
}
