package cn.kczg.jobs.programs;

import static org.assertj.core.api.Assertions.assertThat;

import cn.kczg.schemas.program.Rulebook;
import cn.kczg.schemas.source.SourceDefinitions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The bundled samples of the four programs that read their own files, run as {@code kczg demo
 * --program ID} runs them: the figures the notices' rules already gave stay pinned, the new rules
 * add theirs, and the same inputs give the same bytes.
 */
final class ProgramSamplesTest {
  @TempDir Path out;

  private Programs.Outcome run(String id, LocalDate asOf, String folder) {
    Rulebook book = ProgramFixtures.book(id);
    return Programs.run(
        book,
        ProgramInputs.Source.folder(Path.of("../data-samples", id), SourceDefinitions.builtIn()),
        asOf,
        out.resolve(folder));
  }

  private List<String> csv(String folder, String file) throws IOException {
    String text = Files.readString(out.resolve(folder).resolve(file), StandardCharsets.UTF_8);
    return text.substring(1).lines().toList();
  }

  @ParameterizedTest
  @CsvSource({
    "yueyang-2023-enterprise-association, 2023-12-31, 2",
    "yueyang-2021-service-stations, 2023-06-30, 4",
    "hunan-2024-service-stations, 2024-06-30, 3",
    "kczg-2023-ranking-lists, 2023-11-30, 1"
  })
  void sampleRunsAndWritesTheSameBytesTwice(String id, LocalDate asOf, int problems)
      throws IOException {
    Programs.Outcome first = run(id, asOf, "a");
    Programs.Outcome second = run(id, asOf, "b");

    assertThat(first.problemCount()).isEqualTo(problems);
    assertThat(first.summary()).isEqualTo(second.summary());
    assertThat(first.files()).isNotEmpty().allSatisfy(f -> assertThat(f).exists());
    for (Path file : first.files()) {
      Path twin = out.resolve("b").resolve(out.resolve("a").relativize(file));
      assertThat(Files.readAllBytes(file)).as(file.toString()).isEqualTo(Files.readAllBytes(twin));
    }
  }

  @Test
  void scorecardSampleKeepsItsRankingAndItemizesDeductions() throws IOException {
    run("yueyang-2023-enterprise-association", LocalDate.of(2023, 12, 31), "s");

    assertThat(csv("s", "scorecard.csv")).hasSize(5);
    assertThat(csv("s", "scorecard.csv").subList(1, 5))
        .extracting(l -> l.split(",")[1] + " " + l.split(",")[15])
        .containsExactly("长炼科协 99.00", "华菱湘钢科协 95.50", "岳阳林纸科协 88.00", "巴陵石化科协 63.00");
    assertThat(csv("s", "deductions.csv"))
        .contains("岳阳林纸科协,未按市科协要求按时报送总结、报表等,1,5", "巴陵石化科协,未按要求完成市科协资助的项目任务,1,5");
    assertThat(csv("s", "requirements.csv")).contains("巴陵石化科协,符合,不符合,符合,符合,符合,不符合,2");
    assertThat(csv("s", "problems.csv")).anyMatch(l -> l.contains("城陵矶园区科协 is not ranked"));
  }

  @Test
  void stationFundingSampleKeepsItsEligibleStationsAndAppliesArticlesTwoFiveAndSix()
      throws IOException {
    Programs.Outcome run = run("yueyang-2021-service-stations", LocalDate.of(2023, 6, 30), "f");

    assertThat(csv("f", "eligible.csv"))
        .containsExactly(
            "服务站名称,级别,建站单位,建站时间,产业链,满年限日期,资助金额(元),大写",
            "中国化工学会岳阳服务站,国家级,岳阳市科协,2021-04-15,石油化工及新材料,2023-04-15,100000,壹拾万元整",
            "湖南省食品科学技术学会岳阳服务站,省级,岳阳市食品学会,2021-05-20,食品加工,2023-05-20,50000,伍万元整",
            "合计,,,,,,150000,壹拾伍万元整");
    assertThat(csv("f", "stations.csv"))
        .extracting(l -> l.split(",")[0] + " " + l.split(",")[7])
        .contains(
            "中国物流学会城陵矶服务站 建站单位不得申请", "湖南省化工学会云溪服务站 非新建", "湖南省电子学会岳阳服务站 已资助", "中国电工技术学会岳阳服务站 未满年限");
    assertThat(csv("f", "funding-record.csv"))
        .contains("湖南省电子学会岳阳服务站,岳阳市电子学会,50000,2023-05-08,已资助", "中国化工学会岳阳服务站,岳阳市科协,100000,,拟资助");
    assertThat(run.files())
        .extracting(p -> p.getFileName().toString())
        .contains("附件1-申请表-中国化工学会岳阳服务站.xlsx", "附件2-备案登记表-湖南省食品科学技术学会岳阳服务站.xlsx");
  }

  @Test
  void stationTasksSampleKeepsItsCountsAndAddsDeadlineApplicantAndRepeatChecks()
      throws IOException {
    Programs.Outcome run = run("hunan-2024-service-stations", LocalDate.of(2024, 6, 30), "t");

    assertThat(csv("t", "stations.csv").subList(1, 4))
        .extracting(l -> String.join(",", List.of(l.split(",")).subList(3, 14)))
        .containsExactly(
            "11,10,0,10,10,0,3,3,0,达标,",
            "10,10,0,12,10,0,2,3,1,未达标,线下活动 差 1 次 (2/3)",
            "4,,,2,,,1,,,无量化任务,");
    assertThat(csv("t", "stations.csv").get(1)).endsWith(",2024-12-31,184");
    assertThat(csv("t", "checks.csv")).contains("湖南省茶叶学会安化服务站,湖南省茶叶学会,省级学会,符合,2023 湖南省茶叶学会安化服务站,是");
    assertThat(run.summary())
        .contains(
            "deadline 2024-12-31: 184 day(s) left; 0 station(s) at risk at their recent pace");
  }

  @Test
  void rankingSampleKeepsItsQuotasAndChecksPioneersDeadlinesAndRouting() throws IOException {
    Programs.Outcome run = run("kczg-2023-ranking-lists", LocalDate.of(2023, 11, 30), "r");

    assertThat(csv("r", "violations.csv").subList(1, 5))
        .extracting(l -> l.split(",")[0] + " " + l.split(",")[1] + " " + l.split(",")[6])
        .containsExactlyInAnyOrder(
            "湖南省科协 超出名额 国产EDA物理验证工具 (序号 4)",
            "湖南省科协 历年入选 长株潭产业技术创新联盟 (序号 14)",
            "中国电子学会 逾期报送 郴州某新材料有限公司 (序号 20)",
            "张三 超出名额 王技术经理 (序号 17)、李技术经理 (序号 18)");
    assertThat(csv("r", "recommendations.csv")).hasSize(17);
    assertThat(csv("r", "recommendations.csv"))
        .contains("技术经理人先锋榜,,孙技术经理,王五,21,22,国际技术转移协作网络,李沐谦,010-****1699/158****8942");
    assertThat(csv("r", "deadlines.csv"))
        .containsExactly(
            "事项,条款,截止时间,截至统计日",
            "学会秘书处报送截止,六,2023-11-20 17:00,已截止",
            "平台线上申报截止,三（一）,2023-12-01 00:00,还有 1 天 0 小时");
    assertThat(run.files()).filteredOn(p -> p.toString().contains("申报样表")).hasSize(16);
  }
}
