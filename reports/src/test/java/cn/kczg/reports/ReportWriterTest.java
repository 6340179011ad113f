package cn.kczg.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.kczg.schemas.KczgException;
import cn.kczg.schemas.messages.Language;
import cn.kczg.schemas.messages.Messages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class ReportWriterTest {
  @TempDir Path dir;

  @Test
  void writesEveryOutputOfTheFolder() {
    Path out = dir.resolve("2022-07-11");
    List<String> names =
        ReportWriter.writeAll(SampleModels.small(), out).stream()
            .map(p -> out.relativize(p).toString())
            .toList();
    assertThat(names)
        .contains(
            "progress.csv",
            "shortlist.csv",
            "channels.csv",
            "reserve.csv",
            "quarantine.csv",
            "recommendations.csv",
            "not_selected.csv",
            "weekly-report.xlsx",
            "ranking-企业.png",
            "channels.png",
            "index.html",
            "forms/推荐汇总表-衡南县科协.xlsx",
            "forms/信息采集表-衡阳恒飞电缆有限责任公司-E002.xlsx",
            "forms/推荐材料-衡南县科协.pdf");
    assertThat(names).doesNotContain("forecast.csv", "trend.png", "ranking.png", "ranking.svg");
    names.forEach(n -> assertThat(out.resolve(n)).isNotEmptyFile());
  }

  @Test
  void theSameModelGivesTheSameBytesInEveryFile() throws IOException {
    List<Path> first = ReportWriter.writeAll(SampleModels.small(), dir.resolve("a"));
    List<Path> second = ReportWriter.writeAll(SampleModels.small(), dir.resolve("b"));
    assertThat(second).hasSameSizeAs(first);
    for (int i = 0; i < first.size(); i++) {
      assertThat(Files.readAllBytes(second.get(i)))
          .as(first.get(i).toString())
          .isEqualTo(Files.readAllBytes(first.get(i)));
    }
  }

  @Test
  void anUnwritableFolderIsReportedWithTheFileAndWhatToDo() throws IOException {
    Path blocker = Files.writeString(dir.resolve("not-a-folder"), "x");
    assertThatThrownBy(() -> ReportWriter.writeAll(SampleModels.small(), blocker.resolve("out")))
        .isInstanceOf(KczgException.class)
        .hasMessageContaining("无法写入 " + blocker.resolve("out"))
        .hasMessageContaining("请确认文件夹可写、磁盘有空间");
  }

  @Test
  void withLangEnTheUnwritableFolderIsReportedInEnglish() throws IOException {
    Path blocker = Files.writeString(dir.resolve("not-a-folder"), "x");
    Messages.use(Language.EN);
    try {
      assertThatThrownBy(() -> ReportWriter.writeAll(SampleModels.small(), blocker.resolve("out")))
          .isInstanceOf(KczgException.class)
          .hasMessageContaining("Cannot write " + blocker.resolve("out"))
          .hasMessageContaining("Check that the folder is writable");
    } finally {
      Messages.use(Language.ZH);
    }
  }

  @Test
  void modelPutsRowsInCanonicalOrderWhateverOrderTheJobsGave() {
    ReportModel model = SampleModels.small();
    assertThat(model.progress())
        .extracting(p -> p.orgId())
        .containsExactly("U001", "E002", "E001", "E003", "E004");
    assertThat(model.shortlist())
        .extracting(s -> s.orgId())
        .containsExactly("U001", "E002", "E001");
    assertThat(model.channels()).extracting(c -> c.channel()).isSorted();
  }
}
