package cn.kczg.jobs.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The complete-file rule: only drops whose files stand still between two looks are taken. */
final class InboxWatcherTest {
  @TempDir Path tmp;
  private final List<String> log = new ArrayList<>();

  private InboxWatcher watcher(Sleeper meanwhile) {
    return new InboxWatcher(
        tmp.resolve("inbox"), tmp.resolve("state"), Duration.ofSeconds(10), meanwhile, log::add);
  }

  private Path drop(String name, String file, String text) throws IOException {
    Path folder = Files.createDirectories(tmp.resolve("inbox").resolve(name));
    Files.writeString(folder.resolve(file), text);
    return folder;
  }

  @Test
  void aFileStillGrowingIsLeftForTheNextPass() throws Exception {
    Path folder = drop("2022-07-18", "资讯.csv", "id,标题\n1,a\n");
    Sleeper copyGoesOn = d -> append(folder.resolve("资讯.csv"), "2,b\n");
    assertThat(watcher(copyGoesOn).readyDrops()).isEmpty();
    assertThat(log)
        .anyMatch(l -> l.contains("2022-07-18 changed within 10 s; still being copied, next pass"));

    List<Duration> waits = new ArrayList<>();
    List<InboxWatcher.Drop> ready = watcher(waits::add).readyDrops();
    assertThat(ready).extracting(InboxWatcher.Drop::folder).containsExactly(folder);
    assertThat(waits).containsExactly(Duration.ofSeconds(10));
  }

  @Test
  void aDropWithAPartFileWaitsUntilTheCopyToolRenamesIt() throws Exception {
    Path folder = drop("2022-07-18", "专家.csv.part", "id\n");
    assertThat(watcher(d -> {}).readyDrops()).isEmpty();
    assertThat(log).anyMatch(l -> l.contains("2022-07-18 is still being copied (专家.csv.part)"));
    Files.move(folder.resolve("专家.csv.part"), folder.resolve("专家.csv"));
    assertThat(watcher(d -> {}).readyDrops()).hasSize(1);
  }

  @Test
  void anIngestedDropIsLeftAloneUntilItsFilesChange() throws Exception {
    Path folder = drop("2022-07-11", "专家.csv", "id\n1\n");
    drop("2022-07-04", "专家.csv", "id\n1\n");
    InboxWatcher watcher = watcher(d -> {});
    List<InboxWatcher.Drop> first = watcher.readyDrops();
    assertThat(first)
        .extracting(d -> d.folder().getFileName().toString())
        .containsExactly("2022-07-04", "2022-07-11");
    watcher.remember(first);
    assertThat(watcher(d -> {}).readyDrops()).isEmpty();
    Files.writeString(folder.resolve("需求.csv"), "id\n7\n");
    assertThat(watcher(d -> {}).readyDrops())
        .extracting(InboxWatcher.Drop::folder)
        .containsExactly(folder);
  }

  @Test
  void officeLockFilesAndTemporaryNamesCountAsBeingCopied() {
    assertThat(List.of("~$成果.xlsx", "a.TMP", "b.crdownload", "c.filepart", "d.partial"))
        .allMatch(InboxWatcher::beingCopied);
    assertThat(List.of("成果.xlsx", "part.csv", "tmp-资讯.csv")).noneMatch(InboxWatcher::beingCopied);
  }

  private static void append(Path file, String text) {
    try {
      Files.writeString(file, text, StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
