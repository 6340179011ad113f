package cn.kczg.samples;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes an inbox: one folder per drop ({@code 2022-06-20/}), each holding the five item exports
 * and, in some drops, the registry. Exports are cumulative (an item is written to every drop dated
 * on or after its day) or windowed ({@link ExportShape}), with the status its {@link Lifecycle}
 * gives for that drop. All files stay
 * open, so items stream through one at a time and nothing is held in memory.
 */
final class InboxWriter implements Closeable {
  /** The registry's file name inside a drop folder. */
  static final String REGISTRY_FILE = "机构名录.csv";

  private final Path inbox;
  private final List<LocalDate> drops;
  private final CsvFile[][] files;
  private final ExportShape shape;

  /** Creates the drop folders and opens their item exports; {@code drops} in date order. */
  InboxWriter(Path inbox, List<LocalDate> drops) {
    this(inbox, drops, ExportShape.CUMULATIVE);
  }

  /** As {@link #InboxWriter(Path, List)}, drops carrying the items {@code shape} says. */
  InboxWriter(Path inbox, List<LocalDate> drops, ExportShape shape) {
    this.inbox = inbox;
    this.shape = shape;
    this.drops = List.copyOf(drops);
    this.files = new CsvFile[drops.size()][];
    ItemKind[] kinds = ItemKind.values();
    for (int d = 0; d < drops.size(); d++) {
      Path folder = createFolder(drops.get(d));
      files[d] = new CsvFile[kinds.length];
      for (ItemKind kind : kinds) {
        files[d][kind.ordinal()] = CsvFile.create(folder.resolve(kind.fileName()), kind.header());
      }
    }
  }

  /** Writes the registry into the drop of that date. */
  void registry(LocalDate drop, List<Organization> organizations) throws IOException {
    Path path = inbox.resolve(drop.toString()).resolve(REGISTRY_FILE);
    try (CsvFile file = CsvFile.create(path, Organization.HEADER)) {
      organizations.forEach(org -> file.row(org.cells()));
    }
  }

  /** Writes the item into every drop that carries it. */
  void item(SampleItem item) {
    for (int d = 0; d < drops.size(); d++) {
      LocalDate drop = drops.get(d);
      String status = item.lifecycle().statusAt(drop);
      if (shape.carries(item.kind(), item.exists(), drop) && status != null) {
        files[d][item.kind().ordinal()].row(cells(item, status));
      }
    }
  }

  /** Item rows written so far, over all drops and kinds. */
  long rows() {
    long total = 0;
    for (CsvFile[] drop : files) {
      for (CsvFile file : drop) {
        total += file.rows();
      }
    }
    return total;
  }

  private static List<String> cells(SampleItem item, String status) {
    List<String> cells = new ArrayList<>(item.kind().header().size());
    cells.add(item.id());
    cells.addAll(item.details());
    cells.add(item.orgText());
    cells.add(item.account());
    cells.add(item.dateText());
    cells.add(status);
    return cells;
  }

  private Path createFolder(LocalDate drop) {
    try {
      return Files.createDirectories(inbox.resolve(drop.toString()));
    } catch (IOException e) {
      throw new UncheckedIOException(
          "Cannot create drop folder under " + inbox + ": " + e.getMessage(), e);
    }
  }

  @Override
  public void close() throws IOException {
    for (CsvFile[] drop : files) {
      for (CsvFile file : drop) {
        file.close();
      }
    }
  }
}
