package cn.kczg.jobs.programs.stationtasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.kczg.jobs.programs.table.InputTable;
import cn.kczg.jobs.programs.table.RowProblem;
import cn.kczg.schemas.KczgException;
import cn.kczg.schemas.program.Rulebooks;
import cn.kczg.schemas.source.SourceDefinitions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class StationTasksEngineTest {
  private static final StationTasksRules RULES =
      StationTasksRules.from(Rulebooks.builtIn().get("hunan-2024-service-stations"));
  private static final LocalDate AS_OF = LocalDate.of(2024, 6, 30);

  @TempDir Path drop;

  private static List<TaskStation> stations(String rows) {
    String csv = "服务站名称,建站单位,服务类型\n" + rows;
    InputTable table =
        InputTable.read(
            csv.getBytes(StandardCharsets.UTF_8),
            "服务站.csv",
            TaskStationReader.COLUMNS,
            RULES.program());
    return new TaskStationReader(RULES).read(table).stations();
  }

  /** {@code n} expert rows of {@code org}, ids {@code prefix1..n}. */
  private static String experts(String prefix, String org, int n, String status) {
    StringBuilder out = new StringBuilder();
    for (int i = 1; i <= n; i++) {
      out.append(prefix)
          .append(i)
          .append(',')
          .append(org)
          .append(",2024-03-01,")
          .append(status)
          .append('\n');
    }
    return out.toString();
  }

  /** {@code n} activity rows of {@code org} in {@code form}, held on {@code date}. */
  private static String activities(
      String prefix, String org, int n, String form, String date, String status) {
    StringBuilder out = new StringBuilder();
    for (int i = 1; i <= n; i++) {
      out.append(prefix)
          .append(i)
          .append(',')
          .append(org)
          .append(',')
          .append(form)
          .append(',')
          .append(date)
          .append(',')
          .append(status)
          .append('\n');
    }
    return out.toString();
  }

  private StationTasksEngine.Progress progress(
      String expertRows, String activityRows, List<TaskStation> stations) throws IOException {
    Files.writeString(drop.resolve("专家.csv"), "专家ID,所属机构,入驻时间,状态\n" + expertRows);
    Files.writeString(drop.resolve("活动.csv"), "活动ID,主办机构,形式,举办时间,状态\n" + activityRows);
    PlatformExports.Result exports = PlatformExports.read(drop, SourceDefinitions.builtIn());
    return new StationTasksEngine(RULES).progress(stations, exports, AS_OF);
  }

  @Test
  void ruralStationShortOfOfflineActivitiesShowsTheGap() throws IOException {
    // Rural (乡村振兴) targets: experts ≥ 10, online ≥ 10, offline ≥ 3.
    // 茶叶学会: 10 published experts (+1 待审核, not counted) = 10, met;
    // 10 online activities = 10, met; offline: 2 published on 2024-05-01 count;
    // L3 is 待审核, L4 is held 2024-07-20 (after the as-of day 2024-06-30), L5 is published in
    // one row and 已下架 in another of the same drop (the unpublished state wins): 2 offline,
    // short by 1. So the station is 未达标 with the gap "线下活动 差 1 次 (2/3)".
    String expertRows = experts("E", "湖南省茶叶学会", 10, "已发布") + "X1,湖南省茶叶学会,2024-03-01,待审核\n";
    String activityRows =
        activities("N", "湖南省茶叶学会", 10, "线上", "2024-05-01", "已发布")
            + activities("F", "湖南省茶叶学会", 2, "线下", "2024-05-01", "已发布")
            + "L3,湖南省茶叶学会,线下,2024-05-01,待审核\n"
            + "L4,湖南省茶叶学会,线下,2024-07-20,已发布\n"
            + "L5,湖南省茶叶学会,线下,2024-05-01,已发布\n"
            + "L5,湖南省茶叶学会,线下,2024-05-01,已下架\n";

    StationProgress p =
        progress(expertRows, activityRows, stations("茶叶站,湖南省茶叶学会,乡村振兴\n")).stations().get(0);

    assertThat(p.counts())
        .containsEntry(Metric.EXPERTS, 10)
        .containsEntry(Metric.ONLINE_ACTIVITIES, 10)
        .containsEntry(Metric.OFFLINE_ACTIVITIES, 2);
    assertThat(p.status()).isEqualTo("未达标");
    assertThat(p.gaps()).containsExactly("线下活动 差 1 次 (2/3)");
    assertThat(p.shortfall(Metric.OFFLINE_ACTIVITIES)).isEqualTo(1);
  }

  @Test
  void ruralStationMeetingEveryTargetIsMarkedMetAndOrgNamesMatchAfterNormalizing()
      throws IOException {
    // Items carry the organization with a full-width space and full-width brackets; they still
    // match 湖南省农学会(浏阳) after NFKC and removing white space.
    String org = "湖南省农学会（浏阳）\u3000";
    StationProgress p =
        progress(
                experts("E", org, 10, "已发布"),
                activities("N", org, 10, "线上", "2024-05-01", "已发布")
                    + activities("F", org, 3, "线下", "2024-06-30", "已发布"),
                stations("浏阳站,湖南省农学会(浏阳),乡村振兴\n"))
            .stations()
            .get(0);

    assertThat(p.status()).isEqualTo("达标");
    assertThat(p.gaps()).isEmpty();
  }

  @Test
  void enterpriseStationHasNoNumericTasksButShowsItsCounts() throws IOException {
    StationProgress p =
        progress(
                experts("E", "机械学会", 4, "已发布"),
                activities("N", "机械学会", 2, "线上", "2024-05-01", "已发布"),
                stations("机械站,机械学会,企业创新\n"))
            .stations()
            .get(0);

    assertThat(p.status()).isEqualTo("无量化任务");
    assertThat(p.counts())
        .containsEntry(Metric.EXPERTS, 4)
        .containsEntry(Metric.ONLINE_ACTIVITIES, 2);
  }

  @Test
  void activityWithUnknownFormIsListedAndNotCounted() throws IOException {
    StationTasksEngine.Progress progress =
        progress("", "A1,机械学会,现场+直播,2024-05-01,已发布\n", stations("机械站,机械学会,企业创新\n"));

    assertThat(progress.problems())
        .extracting(RowProblem::message)
        .containsExactly(
            drop.resolve("活动.csv")
                + " line 2, column 形式: activity A1 of 机械站 has 形式 '现场+直播', neither 线上 nor 线下; it is not counted");
  }

  @Test
  void missingActivitiesExportIsRefusedNamingTheFolderAndPatterns() throws IOException {
    Files.writeString(drop.resolve("专家.csv"), "专家ID,所属机构,入驻时间,状态\n");

    assertThatThrownBy(() -> PlatformExports.read(drop, SourceDefinitions.builtIn()))
        .isInstanceOf(KczgException.class)
        .hasMessage(
            "No 活动 export in "
                + drop
                + ": expected a .csv or .xlsx file named like 活动* or activities*. "
                + "Put the file there, or check --input.");
  }

  @Test
  void unknownServiceTypeIsRefusedNamingTheKnownOnes() {
    String csv = "服务站名称,建站单位,服务类型\n甲站,甲学会,科普\n";
    InputTable table =
        InputTable.read(
            csv.getBytes(StandardCharsets.UTF_8),
            "服务站.csv",
            TaskStationReader.COLUMNS,
            RULES.program());

    assertThat(new TaskStationReader(RULES).read(table).problems())
        .extracting(RowProblem::message)
        .containsExactly("服务站.csv line 2, column 服务类型: '科普' is not one of 乡村振兴, 企业创新");
  }

  @Test
  void latestDropOnOrBeforeTheDayIsRead() throws IOException {
    Files.createDirectories(drop.resolve("2024-05-31"));
    Files.createDirectories(drop.resolve("2024-06-30-resend"));
    Files.createDirectories(drop.resolve("2024-07-31"));

    assertThat(PlatformExports.dropFolder(drop, AS_OF))
        .isEqualTo(drop.resolve("2024-06-30-resend"));
    assertThatThrownBy(() -> PlatformExports.dropFolder(drop, LocalDate.of(2024, 1, 1)))
        .isInstanceOf(KczgException.class)
        .hasMessage(
            "No drop folder in "
                + drop
                + " is dated on or before 2024-01-01; choose a later --as-of or add the exports of an earlier drop.");
  }
}
