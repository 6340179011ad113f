package cn.kczg.jobs.ingest;

import cn.kczg.jobs.ingest.DropFiles.Pending;
import cn.kczg.schemas.read.RowOutcome;
import cn.kczg.schemas.read.SourceFileParser;
import cn.kczg.schemas.source.Role;
import cn.kczg.schemas.text.Names;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

/**
 * Registry and snapshot files: small, parsed on the driver into rows of their tables and of the
 * quarantine, appended with the batch.
 */
final class SmallSources {
  private SmallSources() {}

  /**
   * Parses the file into {@code rows} and {@code quarantine}; returns its counts (read, stored,
   * unchanged, quarantined).
   */
  static long[] parse(Pending p, String batchId, List<Row> rows, List<Row> quarantine) {
    InboxFile f = p.file();
    Role role = f.definition().role();
    long[] c = new long[4];
    new SourceFileParser(f.definition())
        .parse(
            p.bytes(),
            f.display(),
            o -> {
              c[0]++;
              if (o.accepted()) {
                c[1]++;
                rows.add(row(role, o, f, batchId));
              } else {
                c[3]++;
                quarantine.add(
                    RowFactory.create(
                        f.definition().id(),
                        o.reason(),
                        o.detail(),
                        o.raw(),
                        f.dropDate(),
                        f.display(),
                        o.line(),
                        batchId));
              }
            });
    return c;
  }

  private static Row row(Role role, RowOutcome o, InboxFile f, String batchId) {
    Object[] v = o.values().clone();
    String nameKey = Names.normalize((String) v[role == Role.REGISTRY ? 1 : 0]);
    if (role == Role.REGISTRY && v[0] == null) {
      v[0] = nameKey; // no 机构编码 yet: the normalized name is the key
    }
    Object[] row = new Object[v.length + 5];
    System.arraycopy(v, 0, row, 0, v.length);
    row[v.length] = nameKey;
    row[v.length + 1] = f.dropDate();
    row[v.length + 2] = f.display();
    row[v.length + 3] = o.line();
    row[v.length + 4] = batchId;
    return RowFactory.create(row);
  }
}
