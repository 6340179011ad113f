package cn.kczg.reports;

import cn.kczg.schemas.model.IndicatorCounts;
import cn.kczg.schemas.model.ItemKind;
import cn.kczg.schemas.result.ChannelFill;
import cn.kczg.schemas.result.ChannelList;
import cn.kczg.schemas.result.ChannelStanding;
import cn.kczg.schemas.result.IndicatorForecast;
import cn.kczg.schemas.result.NotSelectedEntry;
import cn.kczg.schemas.result.OrgProgress;
import cn.kczg.schemas.result.ReserveEntry;
import cn.kczg.schemas.result.SelectionStage;
import cn.kczg.schemas.result.ShortlistEntry;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Small hand-written report models for the tests: a few organizations of hengyang-2022. */
public final class SampleModels {
  public static final LocalDate AS_OF = LocalDate.of(2022, 7, 11);
  public static final IndicatorCounts COMPANY_TARGETS = IndicatorCounts.of(10, 6, 3, 30, 1);
  public static final String HOSTILE_NAME = "=HYPERLINK(\"http://evil.example\",\"点我\")";

  private SampleModels() {}

  /** The program with hengyang-2022's categories and quotas. */
  public static Program program() {
    return new Program(
        "hengyang-2022",
        "衡阳市\"科创中国\"试点城市样板间建设示范单位评选",
        "衡市科协字〔2022〕16号",
        List.of(
            new CategoryQuota("市级学会", 3),
            new CategoryQuota("高校", 3),
            new CategoryQuota("医院", 2),
            new CategoryQuota("企业", 90)));
  }

  /** Four enterprises and a university; one has a hostile name; one new since last week. */
  public static ReportModel small() {
    List<OrgProgress> progress =
        List.of(
            company(
                "E002", "衡阳恒飞电缆有限责任公司", "衡南县科协", IndicatorCounts.of(12, 8, 3, 31, 2), 1.0, 1, 2),
            company(
                "E001", HOSTILE_NAME, "衡南县科协", IndicatorCounts.of(10, 6, 3, 30, 1), 1.0, 2, null),
            company(
                "E003",
                "湖南华菱衡阳钢管有限公司",
                "衡阳高新区科协",
                IndicatorCounts.of(9, 6, 3, 26, 1),
                0.66666,
                3,
                3),
            company("E004", "-1+2@公司", "衡阳高新区科协", IndicatorCounts.of(2, 0, 1, 5, 0), 0.2, 4, 1),
            new OrgProgress(
                "U001",
                "南华大学",
                "高校",
                "本科",
                "蒸湘区",
                "市科协对口工作小组",
                IndicatorCounts.of(80, 40, 5, 60, 3),
                IndicatorCounts.of(60, 30, 3, 50, 1),
                true,
                1.0,
                1.0,
                1,
                1));
    List<ShortlistEntry> shortlist =
        List.of(
            new ShortlistEntry("企业", 2, "E001", HOSTILE_NAME, "衡南县科协", 1.0),
            new ShortlistEntry("企业", 1, "E002", "衡阳恒飞电缆有限责任公司", "衡南县科协", 1.0),
            new ShortlistEntry("高校", 1, "U001", "南华大学", "市科协对口工作小组", 1.0));
    List<ChannelFill> fills =
        List.of(
            new ChannelFill("衡阳高新区科协", 10, 0, 1, 0, 0),
            new ChannelFill("衡南县科协", 10, 2, 0, 2, 2),
            new ChannelFill("市科协对口工作小组", 8, 1, 0, 1, 1));
    Map<ItemKind, Integer> missing = new LinkedHashMap<>();
    missing.put(ItemKind.EXPERTS, 1);
    missing.put(ItemKind.NEWS, 4);
    List<ReserveEntry> reserve =
        List.of(new ReserveEntry("企业", "E003", "湖南华菱衡阳钢管有限公司", "衡阳高新区科协", 0.66666, missing));
    return ReportModel.of(program(), AS_OF, AS_OF.minusDays(7), progress, shortlist, fills, reserve)
        .withPreviousProgress(previous(progress))
        .withChannelStandings(standings())
        .withIndicatorForecasts(forecasts())
        .withContacts(contacts())
        .withQuarantine(
            List.of(
                new QuarantineRow(
                    "2022-07-11/成果.csv",
                    7,
                    "unknown-org",
                    "机构名称不在登记表中",
                    "A77,智能电缆,=cmd|' /C calc'!A0,13812345678,2022-07-01",
                    List.of("衡阳恒飞电缆有限责任公司"))));
  }

  /**
   * {@link #small()} with the two stages: 衡南县科协 recommends its two enterprises (their order decided
   * by a tie-break against a third, cut), 衡阳高新区科协 recommends none and shows E003 as the nearest for
   * its unfilled slots, the working group recommends 南华大学.
   */
  public static ReportModel twoStage() {
    ReportModel m = small();
    String won = "与未入选的衡阳某某科技有限公司（E009）得分相同（100.0%），按引擎附加的决胜规则“发布总量”决定：56 > 50";
    List<ChannelList> lists =
        List.of(
            new ChannelList(
                "衡南县科协",
                10,
                List.of(entry(m, "E002").withTieBreak(won), entry(m, "E001").withTieBreak(won)),
                List.of()),
            new ChannelList("衡阳高新区科协", 10, List.of(), m.reserve()),
            new ChannelList("市科协对口工作小组", 8, List.of(entry(m, "U001")), List.of()));
    List<NotSelectedEntry> notSelected =
        List.of(
            new NotSelectedEntry(
                "企业",
                3,
                "E009",
                "衡阳某某科技有限公司",
                "衡南县科协",
                1.0,
                SelectionStage.RECOMMENDATION,
                "衡南县科协推荐名额",
                2,
                3,
                "与最后入选的" + HOSTILE_NAME + "（E001）得分相同（100.0%），按引擎附加的决胜规则“发布总量”决定：50 > 48"));
    return m.withSelectionStages(lists, notSelected);
  }

  /**
   * {@link #twoStage()} with the week's decisions to show: a deadline 18 days ahead, 耒阳市天成机电设备有限公司
   * (E005, 需求 2/3) whose one quarantined 需求 row, delivered in two drops, is exactly what it lacks,
   * a 成果 row of it that changes nothing, a 资讯 row of an unknown name whose closest registry name is
   * E003, a row with no organization, and integrity flags on a shortlisted organization (chart
   * drawn) and on another (chart on demand).
   */
  public static ReportModel decisions() {
    ReportModel m = twoStage();
    List<OrgProgress> progress = new ArrayList<>(m.progress());
    progress.add(
        company(
            "E005", "耒阳市天成机电设备有限公司", "衡阳高新区科协", IndicatorCounts.of(10, 6, 2, 30, 1), 0.9333, 3, 4));
    String demand = ",引进生物医药领域高层次人才,节能环保,耒阳市天成机电设备有限公司,,2022-06-12,已发布";
    List<QuarantineRow> quarantine =
        List.of(
            row(
                "2022-07-04/需求.csv",
                653,
                "MISSING_ID",
                "需求ID is empty",
                demand,
                List.of(),
                ItemKind.DEMANDS,
                "E005",
                "name"),
            row(
                "2022-07-11/需求.csv",
                654,
                "MISSING_ID",
                "需求ID is empty",
                demand,
                List.of(),
                ItemKind.DEMANDS,
                "E005",
                "name"),
            row(
                "2022-07-11/成果.csv",
                1559,
                "BAD_DATE",
                "发布时间 '下周' is not a date",
                "CG2022431899,一种工业废渣的优化设计,有色金属,耒阳市天成机电设备有限公司,,下周,已发布",
                List.of(),
                ItemKind.ACHIEVEMENTS,
                "E005",
                "name"),
            row(
                "2022-06-20/资讯.csv",
                3486,
                "UNKNOWN_ORG",
                "organization '湖南华菱衡阳钢管公司' matches no organization of the registry in force on"
                    + " 2022-07-11 (nor an alias); confirm one with `kczg alias add`",
                "news,ZX2022437972,湖南华菱衡阳钢管公司,,2022-05-10",
                List.of("湖南华菱衡阳钢管有限公司 [E003]"),
                ItemKind.NEWS,
                "E003",
                "suggestion"),
            row(
                "2022-07-11/资讯.csv",
                12,
                "NO_ORG",
                "发布机构 is empty",
                "ZX1,标题,,,2022-07-01,已发布",
                List.of(),
                ItemKind.NEWS,
                null,
                ""));
    List<IntegrityFlag> flags =
        List.of(
            new IntegrityFlag(
                "burst",
                "E002",
                "资讯：2022-07-10一天发布27条，平时每天0-2条；去掉这些后为4/30（只因这些才达标）",
                "衡阳恒飞电缆有限责任公司",
                "2022-07-10：27条",
                1,
                "integrity/E002.png"),
            new IntegrityFlag(
                "duplicate-expert",
                "E004",
                "专家：1名专家同时登记在其他机构（王伟（教授，材料科学）也登记在南华大学）；每人只计一次为1/10（怎么算都未达标）",
                "-1+2@公司",
                "王伟|教授|材料科学: E004 ZJ1 2022-03-14, U001 ZJ2 2022-05-29",
                2,
                "kczg chart E004 --as-of 2022-07-11"));
    Program program =
        new Program(
            m.program().id(),
            m.program().title(),
            m.program().notice(),
            m.program().categories(),
            AS_OF.plusDays(18));
    return new ReportModel(
        program,
        m.asOf(),
        m.previousAsOf(),
        progress,
        m.shortlist(),
        m.channels(),
        m.reserve(),
        m.contacts(),
        quarantine,
        m.differences(),
        m.weeklyTotals(),
        m.forecasts(),
        flags,
        previous(progress),
        m.channelStandings(),
        withE005AtRisk(m.indicatorForecasts()),
        m.recommendations(),
        m.notSelected(),
        List.of(
            new WeeklyStanding(AS_OF.minusDays(7), List.of("E002", "U001")),
            new WeeklyStanding(AS_OF, List.of("E001", "E002", "U001"))),
        m.language());
  }

  private static List<IndicatorForecast> withE005AtRisk(List<IndicatorForecast> others) {
    List<IndicatorForecast> out = new ArrayList<>(others);
    out.add(
        new IndicatorForecast(
            "E005", "耒阳市天成机电设备有限公司", "企业", ItemKind.DEMANDS, 2, 3, 0, null, false));
    return out;
  }

  private static QuarantineRow row(
      String file,
      long line,
      String reason,
      String detail,
      String raw,
      List<String> suggestions,
      ItemKind kind,
      String orgId,
      String match) {
    return new QuarantineRow(
        file,
        line,
        reason,
        detail,
        raw,
        suggestions,
        LocalDate.parse(file.substring(0, 10)),
        kind,
        orgId,
        match);
  }

  private static ShortlistEntry entry(ReportModel m, String orgId) {
    return m.shortlist().stream().filter(e -> e.orgId().equals(orgId)).findFirst().orElseThrow();
  }

  /** Last week: the same organizations, E002 already meeting every target, E001 not yet. */
  private static List<OrgProgress> previous(List<OrgProgress> now) {
    return now.stream()
        .filter(p -> p.previousRank() != null)
        .map(
            p ->
                new OrgProgress(
                    p.orgId(),
                    p.orgName(),
                    p.category(),
                    p.level(),
                    p.region(),
                    p.channel(),
                    p.counts(),
                    p.targets(),
                    p.metAll(),
                    p.completion() - 0.1,
                    p.score(),
                    p.previousRank(),
                    null))
        .toList();
  }

  /** Channel tables: 衡南县科协 holds E002 (was 2nd) and E001 (new); 衡阳高新区科协 E003 and E004. */
  private static List<ChannelStanding> standings() {
    return List.of(
        new ChannelStanding("衡南县科协", "企业", 1, "E002", 2),
        new ChannelStanding("衡南县科协", "企业", 2, "E001", null),
        new ChannelStanding("衡阳高新区科协", "企业", 2, "E004", 1),
        new ChannelStanding("衡阳高新区科协", "企业", 1, "E003", 2),
        new ChannelStanding("市科协对口工作小组", "高校", 1, "U001", 1));
  }

  /**
   * E003 gains experts on time but has no news pace (at risk); E004 reaches experts only after the
   * deadline (at risk).
   */
  private static List<IndicatorForecast> forecasts() {
    LocalDate late = LocalDate.of(2022, 8, 30);
    return List.of(
        new IndicatorForecast(
            "E003",
            "湖南华菱衡阳钢管有限公司",
            "企业",
            ItemKind.EXPERTS,
            9,
            10,
            1.0,
            LocalDate.of(2022, 7, 18),
            true),
        new IndicatorForecast("E003", "湖南华菱衡阳钢管有限公司", "企业", ItemKind.NEWS, 26, 30, 0, null, false),
        new IndicatorForecast(
            "E003", "湖南华菱衡阳钢管有限公司", "企业", ItemKind.ACHIEVEMENTS, 6, 6, 0, null, true),
        new IndicatorForecast("E004", "-1+2@公司", "企业", ItemKind.EXPERTS, 2, 10, 1.0, late, false));
  }

  /** A model with {@code n} enterprises, for ranking charts and the streaming sheet. */
  public static ReportModel companies(int n) {
    List<OrgProgress> progress = new ArrayList<>();
    for (int i = 1; i <= n; i++) {
      int experts = Math.max(0, 14 - i % 15);
      IndicatorCounts counts = IndicatorCounts.of(experts, 6, 3, 30 - i % 7, 1);
      double completion = Math.min(1.0, 0.4 + 0.6 * (n - i) / n);
      progress.add(
          company(
              String.format("E%04d", i),
              "衡阳示范企业第" + i + "号有限公司",
              "衡南县科协",
              counts,
              completion,
              i,
              i == 1 ? null : i - 1));
    }
    return ReportModel.of(program(), AS_OF, null, progress, List.of(), List.of(), List.of());
  }

  private static OrgProgress company(
      String id,
      String name,
      String channel,
      IndicatorCounts counts,
      double completion,
      int rank,
      Integer previous) {
    boolean metAll =
        java.util.Arrays.stream(ItemKind.values())
            .allMatch(k -> counts.get(k) >= COMPANY_TARGETS.get(k));
    return new OrgProgress(
        id,
        name,
        "企业",
        "",
        "衡南县",
        channel,
        counts,
        COMPANY_TARGETS,
        metAll,
        completion,
        completion,
        rank,
        previous);
  }

  private static Map<String, OrgContact> contacts() {
    return Map.of(
        "E001",
            new OrgContact(
                "E001",
                "王建国",
                "董事长",
                "李娜",
                "13812345678",
                LocalDate.of(2022, 4, 15),
                "一家做电缆的企业。",
                LocalDate.of(2021, 5, 8),
                "主席：王建国（董事长，13812345678）"),
        "E002",
            new OrgContact(
                "E002",
                "赵强",
                "总经理",
                "孙丽",
                "0734-8839102",
                LocalDate.of(2022, 4, 20),
                "",
                null,
                ""));
  }
}
