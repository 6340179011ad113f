package cn.kczg.jobs.programs.stationtasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.kczg.jobs.programs.ProgramFixtures;
import cn.kczg.jobs.programs.RowProblem;
import cn.kczg.jobs.programs.stationtasks.StationProgress.Outlook;
import cn.kczg.schemas.KczgException;
import cn.kczg.schemas.messages.Language;
import cn.kczg.schemas.messages.Messages;
import cn.kczg.schemas.program.Rulebook;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class StationTasksEngineTest {
  @BeforeEach
  void inEnglish() {
    Messages.use(Language.EN);
  }

  @AfterEach
  void backToTheDefault() {
    Messages.use(Language.ZH);
  }

  private static final Rulebook BOOK = ProgramFixtures.book("hunan-2024-service-stations");
  private static final StationTasksType TYPE = new StationTasksType();
  private static final StationTasksRules RULES = TYPE.rules(BOOK);
  private static final LocalDate AS_OF = LocalDate.of(2024, 6, 30);
  private static final String EXPERTS = "专家ID,所属机构,入驻时间,状态\n";
  private static final String ACTIVITIES = "活动ID,主办机构,形式,举办时间,状态\n";

  @TempDir Path tmp;

  /** {@code n} expert rows of {@code org}, ids {@code prefix1..n}. */
  private static String experts(String prefix, String org, int n, String status) {
    StringBuilder out = new StringBuilder();
    for (int i = 1; i <= n; i++) {
      out.append(prefix + i + "," + org + ",2024-03-01," + status + "\n");
    }
    return out.toString();
  }

  /** {@code n} activity rows of {@code org} in {@code form}, held on {@code date}. */
  private static String activities(
      String prefix, String org, int n, String form, String date, String status) {
    StringBuilder out = new StringBuilder();
    for (int i = 1; i <= n; i++) {
      out.append(prefix + i + "," + org + "," + form + "," + date + "," + status + "\n");
    }
    return out.toString();
  }

  /** A run on a station list and files (name, content …) as of a day. */
  private StationTasksType.Results run(LocalDate asOf, String stations, String... files) {
    List<String> all = new ArrayList<>(List.of("服务站.csv", "服务站名称,建站单位,服务类型,申报单位类型\n" + stations));
    all.addAll(List.of(files));
    Path dir = ProgramFixtures.files(tmp.resolve("in"), all.toArray(String[]::new));
    return TYPE.compute(RULES, ProgramFixtures.read(BOOK, dir, asOf), asOf);
  }

  private StationProgress progress(String experts, String activities, String station) {
    return run(AS_OF, station, "专家.csv", EXPERTS + experts, "活动.csv", ACTIVITIES + activities)
        .progress()
        .get(0);
  }

  @Test
  void ruralStationShortOfOfflineActivitiesShowsTheGap() {
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

    StationProgress p = progress(expertRows, activityRows, "茶叶站,湖南省茶叶学会,乡村振兴,省级学会\n");

    assertThat(p.counts())
        .containsEntry("experts", 10)
        .containsEntry("online_activities", 10)
        .containsEntry("offline_activities", 2);
    assertThat(p.status()).isEqualTo("未达标");
    assertThat(p.gaps()).containsExactly("线下活动 差 1 次 (2/3)");
    assertThat(p.shortfall("offline_activities")).isEqualTo(1);
  }

  @Test
  void ruralStationMeetingEveryTargetIsMarkedMetAndOrgNamesMatchAfterNormalizing() {
    // Items carry the organization with a full-width space and full-width brackets; they still
    // match 湖南省农学会(浏阳) after NFKC and removing white space.
    String org = "湖南省农学会（浏阳）\u3000";
    StationProgress p =
        progress(
            experts("E", org, 10, "已发布"),
            activities("N", org, 10, "线上", "2024-05-01", "已发布")
                + activities("F", org, 3, "线下", "2024-06-30", "已发布"),
            "浏阳站,湖南省农学会(浏阳),乡村振兴,省级学会\n");

    assertThat(p.status()).isEqualTo("达标");
    assertThat(p.gaps()).isEmpty();
    assertThat(p.forecasts())
        .extracting(StationProgress.Forecast::outlook)
        .containsOnly(Outlook.MET);
  }

  @Test
  void enterpriseStationHasNoNumericTasksButShowsItsCounts() {
    StationProgress p =
        progress(
            experts("E", "机械学会", 4, "已发布"),
            activities("N", "机械学会", 2, "线上", "2024-05-01", "已发布"),
            "机械站,机械学会,企业创新,省级学会\n");

    assertThat(p.status()).isEqualTo("无量化任务");
    assertThat(p.counts())
        .containsEntry("experts", 4)
        .containsEntry("online_activities", 2)
        .containsEntry("offline_activities", 0);
    assertThat(p.forecasts()).isEmpty();
  }

  @Test
  void anItemsLatestDropOnOrBeforeTheDayWinsAcrossDropFolders() {
    // Drop 05-31 has 3 offline activities published; drop 06-30 withdraws W2 (已下架) and adds W4;
    // drop 07-31 (after the day) withdraws everything. As of 06-30: W1, W3, W4 count = 3.
    StationTasksType.Results r =
        run(
            AS_OF,
            "站,学会,乡村振兴,省级学会\n",
            "2024-05-31/专家.csv",
            EXPERTS,
            "2024-05-31/活动.csv",
            ACTIVITIES + activities("W", "学会", 3, "线下", "2024-05-01", "已发布"),
            "2024-06-30/活动.csv",
            ACTIVITIES + "W2,学会,线下,2024-05-01,已下架\nW4,学会,线下,2024-06-01,已发布\n",
            "2024-07-31/活动.csv",
            ACTIVITIES + activities("W", "学会", 4, "线下", "2024-05-01", "已删除"));

    assertThat(r.progress().get(0).counts()).containsEntry("offline_activities", 3);
  }

  @Test
  void theDeadlineGivesTimeLeftAndTheRecentPaceAForecast() {
    // 2 offline activities held in the 90 days before 2024-06-30: 2/90 a day. 1 more is needed:
    // ceil(1 / (2/90)) = 45 days, reached 2024-08-14, before the deadline 2024-12-31: on track.
    // Online: none recent and 0 of 10: at risk.
    StationTasksType.Results r =
        run(
            AS_OF,
            "站,学会,乡村振兴,省级学会\n",
            "专家.csv",
            EXPERTS + experts("E", "学会", 10, "已发布"),
            "活动.csv",
            ACTIVITIES + activities("F", "学会", 2, "线下", "2024-05-01", "已发布"));

    List<StationProgress.Forecast> forecasts = r.progress().get(0).forecasts();
    assertThat(forecasts)
        .extracting(f -> f.indicator() + " " + f.outlook().label() + " " + f.reachOn())
        .containsExactly("专家 已达标 null", "线上活动 有风险 null", "线下活动 预计按期达标 2024-08-14");
    assertThat(r.progress().get(0).atRisk()).isTrue();
    assertThat(TYPE.outputs(BOOK, RULES, r, AS_OF).summary())
        .contains(
            "deadline 2024-12-31: 184 day(s) left; 1 station(s) at risk at their recent pace");
  }

  @Test
  void activityWithUnknownFormIsListedAndNotCounted() {
    StationTasksType.Results r =
        run(
            AS_OF,
            "机械站,机械学会,企业创新,省级学会\n",
            "专家.csv",
            EXPERTS,
            "活动.csv",
            ACTIVITIES + "A1,机械学会,现场+直播,2024-05-01,已发布\n");

    assertThat(r.problems())
        .extracting(RowProblem::message)
        .containsExactly(
            tmp.resolve("in/活动.csv")
                + " line 2: activities item A1 of 机械站 matches none of 线上活动 {activity_form=线上},"
                + " 线下活动 {activity_form=线下}; it is not counted");
  }

  @Test
  void anApplicantOfAnotherTypeThanTheGuideAcceptsIsListed() {
    StationTasksType.Results r =
        run(AS_OF, "甲站,甲公司,乡村振兴,企业科协\n", "专家.csv", EXPERTS, "活动.csv", ACTIVITIES);

    assertThat(r.checks().get(0).applicant()).isEqualTo(ApplicationChecks.Applicant.NOT_ALLOWED);
    assertThat(r.problems())
        .extracting(RowProblem::reason)
        .containsExactly(
            "甲公司 is a 企业科协; the guide accepts 省级学会、市州科协 for this project (四（一）5（2） 申报主体)");
  }

  @Test
  void theSameContentSupportedInTheLastTwoYearsMayNotBeAppliedForAgain() {
    String projects =
        "申报单位,项目内容,立项年度,项目名称\n甲学会,学会服务站建设,2023,甲站\n乙学会,学会服务站建设,2021,乙站\n丙学会,学术交流,2023,论坛\n";
    StationTasksType.Results r =
        run(
            AS_OF,
            "甲站,甲学会,乡村振兴,省级学会\n乙站,乙学会,乡村振兴,省级学会\n丙站,丙学会,乡村振兴,省级学会\n",
            "专家.csv",
            EXPERTS,
            "活动.csv",
            ACTIVITIES,
            "已立项项目.csv",
            projects);

    assertThat(r.checks())
        .extracting(ApplicationChecks.Check::repeated)
        .containsExactly(true, false, false);
    assertThat(r.problems())
        .extracting(RowProblem::reason)
        .containsExactly(
            "甲学会 was supported for 学会服务站建设 in 2023 甲站; 近2年内已获得支持的相同内容的项目 may not be applied"
                + " for again (一 2), unless it is 连续支持 or 委托");
  }

  @Test
  void unknownServiceTypeIsRefusedNamingTheKnownOnes() {
    StationTasksType.Results r =
        run(AS_OF, "甲站,甲学会,科普,省级学会\n", "专家.csv", EXPERTS, "活动.csv", ACTIVITIES);

    assertThat(r.problems())
        .extracting(RowProblem::message)
        .containsExactly(
            tmp.resolve("in/服务站.csv") + " line 2, column 服务类型: '科普' is not one of 乡村振兴, 企业创新");
  }

  @Test
  void missingActivitiesExportIsRefusedNamingTheFolderAndPatterns() {
    assertThatThrownBy(() -> run(AS_OF, "甲站,甲学会,乡村振兴,省级学会\n", "专家.csv", EXPERTS))
        .isInstanceOf(KczgException.class)
        .hasMessage(
            "No activities file in "
                + tmp.resolve("in")
                + ": expected a csv or xls or xlsx file named like 活动* or activities* (source"
                + " 'activities', schemas/src/main/resources/sources/activities.yaml). Put the file"
                + " there, or check --input.");
  }

  @Test
  void dropFoldersAllDatedAfterTheDayAreRefused() {
    assertThatThrownBy(
            () ->
                run(
                    LocalDate.of(2024, 1, 1),
                    "甲站,甲学会,乡村振兴,省级学会\n",
                    "2024-05-31/专家.csv",
                    EXPERTS,
                    "2024-05-31/活动.csv",
                    ACTIVITIES))
        .isInstanceOf(KczgException.class)
        .hasMessage(
            "No drop folder in "
                + tmp.resolve("in")
                + " is dated on or before 2024-01-01; choose a later --as-of or add the exports of an earlier drop.");
  }
}
