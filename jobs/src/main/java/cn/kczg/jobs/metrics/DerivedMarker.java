package cn.kczg.jobs.metrics;

import cn.kczg.jobs.store.Warehouse;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * The marker beside a derived table ({@code _derived/NAME} under the warehouse root): lines of text
 * ending with a line {@code end}, so that a torn write reads as no marker (the table is derived
 * again).
 */
final class DerivedMarker {
  private DerivedMarker() {}

  /** The marker's lines (without {@code end}), or null when absent, torn or unreadable. */
  static List<String> read(Warehouse warehouse, String name, Consumer<String> log) {
    Path p = path(warehouse, name);
    try {
      FileSystem fs = p.getFileSystem(warehouse.spark().sparkContext().hadoopConfiguration());
      if (!fs.exists(p)) {
        return null;
      }
      List<String> lines = new ArrayList<>();
      try (BufferedReader in =
          new BufferedReader(new InputStreamReader(fs.open(p), StandardCharsets.UTF_8))) {
        for (String line = in.readLine(); line != null; line = in.readLine()) {
          lines.add(line);
        }
      }
      if (lines.isEmpty() || !lines.get(lines.size() - 1).equals("end")) {
        return null;
      }
      return lines.subList(0, lines.size() - 1);
    } catch (IOException e) {
      log.accept(name + ": unreadable marker " + p + " (" + e.getMessage() + "); deriving again");
      return null;
    }
  }

  /** Writes the marker: {@code lines}, then {@code end}. */
  static void write(Warehouse warehouse, String name, List<String> lines) {
    Path p = path(warehouse, name);
    StringBuilder text = new StringBuilder();
    lines.forEach(l -> text.append(l).append('\n'));
    text.append("end\n");
    try {
      FileSystem fs = p.getFileSystem(warehouse.spark().sparkContext().hadoopConfiguration());
      try (OutputStream out = fs.create(p, true)) {
        out.write(text.toString().getBytes(StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Path path(Warehouse warehouse, String name) {
    return new Path(warehouse.root() + "/_derived/" + name);
  }
}
