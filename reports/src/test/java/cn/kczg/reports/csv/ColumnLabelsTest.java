package cn.kczg.reports.csv;

import static org.assertj.core.api.Assertions.assertThat;

import cn.kczg.reports.DailyActivity;
import cn.kczg.reports.ForecastRow;
import cn.kczg.reports.ReportModel;
import cn.kczg.reports.ReportWriter;
import cn.kczg.reports.SampleModels;
import cn.kczg.reports.SnapshotDifference;
import cn.kczg.schemas.messages.Language;
import cn.kczg.schemas.messages.Messages;
import cn.kczg.schemas.model.IndicatorCounts;
import cn.kczg.schemas.model.ItemKind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The documented table (docs/columns.md) maps every column of every CSV file to the label the
 * workbook and the dashboard show, in Chinese and in English, as the message bundle has it.
 */
final class ColumnLabelsTest {
  @TempDir Path dir;

  @Test
  void everyCsvColumnHasItsLabelsInTheDocumentedTable() throws IOException {
    ReportModel model =
        SampleModels.decisions()
            .withForecasts(
                List.of(new ForecastRow("E003", "湖南华菱衡阳钢管有限公司", "企业", 0.6, 0.7, null, "")))
            .withDifferences(
                List.of(new SnapshotDifference("E002", "衡阳恒飞电缆有限责任公司", ItemKind.NEWS, 31, 30)));
    ReportWriter.writeCsv(model, dir);
    CsvReports.writeActivity(
        List.of(
            DailyActivity.of(
                "E002",
                "衡阳恒飞电缆有限责任公司",
                SampleModels.AS_OF.minusDays(1),
                SampleModels.AS_OF,
                Map.of(SampleModels.AS_OF, IndicatorCounts.of(0, 0, 0, 27, 0)),
                List.of(SampleModels.AS_OF))),
        dir);
    String table = Files.readString(Path.of("..", "docs", "columns.md"), StandardCharsets.UTF_8);
    Messages zh = Messages.of(Language.ZH);
    Messages en = Messages.of(Language.EN);
    int checked = 0;
    try (Stream<Path> files = Files.list(dir)) {
      for (Path csv : files.filter(p -> p.toString().endsWith(".csv")).sorted().toList()) {
        String header =
            Files.readAllLines(csv, StandardCharsets.UTF_8).get(0).replace("\uFEFF", "");
        for (String column : header.split(",")) {
          String row =
              "| `"
                  + column
                  + "` | "
                  + zh.text("column." + column)
                  + " | "
                  + en.text("column." + column)
                  + " | ";
          assertThat(table).as(csv.getFileName() + " " + column).contains(row);
          String line = table.substring(table.indexOf(row)).lines().findFirst().orElseThrow();
          assertThat(line).as(column + " lists its file").contains("`" + csv.getFileName() + "`");
          checked++;
        }
      }
    }
    assertThat(checked).isGreaterThan(90);
  }
}
