package cn.kczg.reports.csv;

import static org.assertj.core.api.Assertions.assertThat;

import cn.kczg.reports.IntegrityFlag;
import cn.kczg.reports.ReportModel;
import cn.kczg.reports.SampleModels;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class CsvReportsTest {
  @TempDir Path dir;

  @Test
  void progressStartsWithTheFixedColumns() throws IOException {
    List<String> lines = lines(CsvReports.writeProgress(SampleModels.small(), dir));
    assertThat(lines.get(0))
        .startsWith(
            "org_id,org_name,org_type,level,region,channel,experts,achievements,demands,news,activities,met_all,completion,rank_in_category");
    assertThat(lines.get(0)).endsWith(",rank_change,total,flags");
  }

  @Test
  void filesStartWithAUtf8ByteOrderMarkAndUseCrLf() throws IOException {
    byte[] bytes = Files.readAllBytes(CsvReports.writeShortlist(SampleModels.small(), dir));
    assertThat(bytes).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
    assertThat(new String(bytes, StandardCharsets.UTF_8)).contains("\r\n");
  }

  @Test
  void completionHasExactlyFourDecimals() throws IOException {
    List<String> lines = lines(CsvReports.writeProgress(SampleModels.small(), dir));
    assertThat(row(lines, "E003")).contains(",false,0.6667,3,0,");
    assertThat(row(lines, "E002")).contains(",true,1.0000,1,1,");
  }

  @Test
  void rowsComeInProgramCategoryOrderThenRank() throws IOException {
    List<String> lines = lines(CsvReports.writeProgress(SampleModels.small(), dir));
    assertThat(lines.subList(1, lines.size()))
        .extracting(l -> l.substring(0, 4))
        .containsExactly("U001", "E002", "E001", "E003", "E004");
  }

  @Test
  void formulaLikeTextIsNeutralizedAndQuoted() throws IOException {
    List<String> lines = lines(CsvReports.writeProgress(SampleModels.small(), dir));
    assertThat(row(lines, "E001"))
        .startsWith("E001,\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"点我\"\")\",企业,");
    assertThat(row(lines, "E004")).startsWith("E004,'-1+2@公司,");
  }

  @Test
  void anOrganizationNewSinceLastWeekHasAnEmptyRankChange() throws IOException {
    assertThat(row(lines(CsvReports.writeProgress(SampleModels.small(), dir)), "E001"))
        .endsWith(",1.0000,2,,50,");
  }

  @Test
  void channelsListSlotsQualifyingShortlistedThenTheRestAndTheRecommendedLast() throws IOException {
    List<String> lines = lines(CsvReports.writeChannels(SampleModels.small(), dir));
    assertThat(lines.get(0))
        .isEqualTo(
            "channel,slots,qualifying,shortlisted,near_qualifying,seats,unfilled,recommended");
    assertThat(lines).contains("衡南县科协,10,2,2,0,2,8,2");
  }

  @Test
  void shortlistHasItsSixColumnsThenFlagsThenTheTieBreak() throws IOException {
    List<String> lines = lines(CsvReports.writeShortlist(SampleModels.small(), dir));
    assertThat(lines.get(0))
        .isEqualTo("category,rank,org_id,org_name,channel,completion,flags,tie_break");
    assertThat(lines.get(1)).isEqualTo("高校,1,U001,南华大学,市科协对口工作小组,1.0000,,");
  }

  @Test
  void notSelectedGivesTheStageTheCutAndTheTieBreak() throws IOException {
    List<String> lines = lines(SelectionCsv.writeNotSelected(SampleModels.twoStage(), dir));
    assertThat(lines.get(0))
        .isEqualTo(
            "category,rank,org_id,org_name,channel,completion,stage,cut_by,limit,place,tie_break,reason");
    assertThat(lines.get(1))
        .startsWith("企业,3,E009,衡阳某某科技有限公司,衡南县科协,1.0000,channel,衡南县科协推荐名额,2,3,\"与最后入选的")
        .contains("衡南县科协推荐名额2个已满，排第3；与最后入选的");
  }

  @Test
  void recommendationsListEverySlotOfEveryChannelWithTheNearestForUnfilledOnes()
      throws IOException {
    List<String> lines = lines(SelectionCsv.writeRecommendations(SampleModels.twoStage(), dir));
    assertThat(lines.get(0))
        .isEqualTo(
            "channel,position,status,category,rank,org_id,org_name,completion,lacking,tie_break");
    assertThat(lines).hasSize(1 + 8 + 10 + 10);
    assertThat(lines)
        .contains(
            "市科协对口工作小组,1,recommended,高校,1,U001,南华大学,1.0000,,",
            "市科协对口工作小组,2,unfilled,,,,,,,",
            "衡阳高新区科协,1,unfilled,企业,,E003,湖南华菱衡阳钢管有限公司,0.6667,专家差1人、资讯差4条,");
    assertThat(lines.stream().filter(l -> l.startsWith("衡南县科协,1,")).findFirst().orElseThrow())
        .contains(",recommended,企业,1,E002,")
        .contains("按引擎附加的决胜规则");
  }

  @Test
  void reserveSaysWhatEachLacks() throws IOException {
    List<String> lines = lines(CsvReports.writeReserve(SampleModels.small(), dir));
    assertThat(lines.get(1))
        .isEqualTo("企业,E003,湖南华菱衡阳钢管有限公司,衡阳高新区科协,0.6667,1,0,0,4,0,专家差1人、资讯差4条,");
  }

  @Test
  void flagsColumnNamesTheChecksThatFlaggedAnOrganization() throws IOException {
    ReportModel model =
        SampleModels.small()
            .withIntegrityFlags(
                List.of(
                    new IntegrityFlag(
                        "burst",
                        "E003",
                        "资讯: 27 items on 2022-07-10",
                        "湖南华菱衡阳钢管有限公司",
                        "day 2022-07-10"),
                    new IntegrityFlag(
                        "padded-titles", "E003", "资讯: 5 items repeat 1 title", "湖南华菱衡阳钢管有限公司", ""),
                    new IntegrityFlag("burst", "U001", "成果: 12 items on 2022-07-09", "南华大学", "")));
    assertThat(row(lines(CsvReports.writeReserve(model, dir)), "企业,E003"))
        .endsWith(",burst; padded-titles");
    assertThat(row(lines(CsvReports.writeProgress(model, dir)), "E003"))
        .endsWith(",burst; padded-titles");
    assertThat(lines(CsvReports.writeShortlist(model, dir)).get(1)).endsWith(",1.0000,burst,");
  }

  @Test
  void integrityListsOrgSentenceEvidenceAndRankByConsequence() throws IOException {
    ReportModel model =
        SampleModels.small()
            .withIntegrityFlags(
                List.of(
                    new IntegrityFlag("rulebook-note", "hengyang-2022", "check 'x' skipped"),
                    new IntegrityFlag(
                        "padded-titles", "E001", "资讯: 4 items repeat 1 title", "甲公司", "", 2),
                    new IntegrityFlag(
                        "burst",
                        "E003",
                        "资讯: 27 items on 2022-07-10, usual 0-2 a day; without them 24 of 30",
                        "湖南华菱衡阳钢管有限公司",
                        "day 2022-07-10: 27 items; items ZX1 ZX2",
                        1,
                        "kczg chart E003")));
    List<String> lines = lines(CsvReports.writeIntegrity(model, dir));
    assertThat(lines)
        .as("ranked flags first, in rank order; notes last")
        .containsExactly(
            "check,subject,detail,org_name,evidence,review_order,chart",
            "burst,E003,\"资讯: 27 items on 2022-07-10, usual 0-2 a day; without them 24 of 30\",湖南华菱衡阳钢管有限公司,"
                + "day 2022-07-10: 27 items; items ZX1 ZX2,1,kczg chart E003",
            "padded-titles,E001,资讯: 4 items repeat 1 title,甲公司,,2,",
            "rulebook-note,hengyang-2022,check 'x' skipped,,,,");
  }

  @Test
  void quarantineMasksPhonesAndNeutralizesTheRawLine() throws IOException {
    String content =
        String.join("\n", lines(CsvReports.writeQuarantine(SampleModels.small(), dir)));
    assertThat(content).contains("138****5678").doesNotContain("13812345678");
    assertThat(content).contains("衡阳恒飞电缆有限责任公司");
  }

  @Test
  void quotingFollowsRfc4180() {
    assertThat(CsvTable.quote("a,b")).isEqualTo("\"a,b\"");
    assertThat(CsvTable.quote("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
    assertThat(CsvTable.quote("two\nlines")).isEqualTo("\"two\nlines\"");
    assertThat(CsvTable.quote("plain")).isEqualTo("plain");
  }

  private static List<String> lines(Path file) throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    return List.of(text.substring(1).split("\r\n"));
  }

  private static String row(List<String> lines, String orgId) {
    return lines.stream().filter(l -> l.startsWith(orgId + ",")).findFirst().orElseThrow();
  }
}
