package cn.kczg.jobs.ingest;

import cn.kczg.jobs.store.Tables;
import cn.kczg.schemas.read.RowOutcome;
import cn.kczg.schemas.read.SourceFileParser;
import cn.kczg.schemas.source.Role;
import cn.kczg.schemas.text.Names;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * Parses item files where the data is: a Spark task reads one file through Hadoop's file system API
 * (local disk, HDFS or S3 alike), decodes and parses it with the schemas module, and emits one row
 * per data row. Accepted and quarantined rows share one schema ({@link #SCHEMA}: the items columns,
 * then reason, detail and raw), so a file is read once and split afterwards.
 */
final class ParsedRows implements FlatMapFunction<InboxFile, Row> {
  private static final long serialVersionUID = 1L;

  /** Items columns plus reason, detail, raw (null reason: accepted). */
  static final StructType SCHEMA = schema();

  private final String batchId;

  ParsedRows(String batchId) {
    this.batchId = batchId;
  }

  private static StructType schema() {
    List<StructField> f = new ArrayList<>(List.of(Tables.items().fields()));
    f.add(DataTypes.createStructField("reason", DataTypes.StringType, true));
    f.add(DataTypes.createStructField("detail", DataTypes.StringType, true));
    f.add(DataTypes.createStructField("raw", DataTypes.StringType, true));
    return DataTypes.createStructType(f);
  }

  @Override
  public Iterator<Row> call(InboxFile file) {
    byte[] bytes = readAll(file.path());
    List<Row> out = new ArrayList<>();
    new SourceFileParser(file.definition())
        .parse(bytes, file.display(), o -> out.add(toRow(file, o)));
    return out.iterator();
  }

  private Row toRow(InboxFile file, RowOutcome o) {
    int n = Role.ITEMS.fields().size();
    Object[] row = new Object[SCHEMA.size()];
    row[0] = file.definition().kind().key();
    if (o.accepted()) {
      System.arraycopy(o.values(), 0, row, 1, n);
      row[n + 1] = Names.normalize((String) o.values()[1]);
      row[n + 2] = file.definition().isPublished((String) o.values()[4]);
    } else {
      row[n + 1] = "";
      row[n + 2] = false;
    }
    row[n + 3] = file.dropDate();
    row[n + 4] = file.display();
    row[n + 5] = o.line();
    row[n + 6] = batchId;
    row[n + 7] = o.reason();
    row[n + 8] = o.detail();
    row[n + 9] = o.accepted() ? null : o.raw();
    return RowFactory.create(row);
  }

  static byte[] readAll(String path) {
    try {
      URI uri = URI.create(path);
      FileSystem fs = FileSystem.get(uri, new Configuration());
      try (InputStream in = fs.open(new org.apache.hadoop.fs.Path(uri))) {
        return in.readAllBytes();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path, e);
    }
  }
}
