package cn.kczg.reports.forms;

import static org.assertj.core.api.Assertions.assertThat;

import cn.kczg.reports.ReportModel;
import cn.kczg.reports.SampleModels;
import cn.kczg.schemas.result.ChannelFill;
import cn.kczg.schemas.result.ChannelList;
import cn.kczg.schemas.result.ShortlistEntry;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class OfficialFormsTest {
  @TempDir Path dir;

  @Test
  void writesOneSummaryPerChannelOneInformationFormPerRecommendedOrganizationAndOnePdfPerChannel() {
    List<String> names =
        OfficialForms.writeAll(SampleModels.small(), dir).stream()
            .map(p -> dir.relativize(p).toString())
            .toList();
    assertThat(names)
        .containsExactly(
            "forms/推荐汇总表-市科协对口工作小组.xlsx",
            "forms/推荐汇总表-衡南县科协.xlsx",
            "forms/推荐汇总表-衡阳高新区科协.xlsx",
            "forms/信息采集表-南华大学-U001.xlsx",
            "forms/信息采集表-衡阳恒飞电缆有限责任公司-E002.xlsx",
            "forms/信息采集表-=HYPERLINK(_http___evil.example_,_点我_)-E001.xlsx",
            "forms/推荐材料-市科协对口工作小组.pdf",
            "forms/推荐材料-衡南县科协.pdf",
            "forms/推荐材料-衡阳高新区科协.pdf");
  }

  @Test
  void summaryFormHasTheNoticesHeadingsAndOneRowPerSlot() throws IOException {
    Path file = RecommendationForm.write(SampleModels.small(), list("衡南县科协", 10), dir);
    Sheet sheet = sheet(file);
    assertThat(text(sheet, 0, 0)).isEqualTo("衡阳市“科创中国”试点城市建设样板间建设示范单位推荐汇总表");
    assertThat(text(sheet, 1, 0)).isEqualTo("推荐单位（盖章）: 衡南县科协");
    assertThat(rowTexts(sheet.getRow(2)))
        .containsExactly("序号", "参评单位名称", "负责人", "联系人", "联系电话", "备注");
    assertThat(sheet.getLastRowNum() - 2).isEqualTo(10);
    assertThat(rowTexts(sheet.getRow(3)))
        .containsExactly("1", "衡阳恒飞电缆有限责任公司", "赵强", "孙丽", "0734-8839102", "");
  }

  @Test
  void summaryFormNeverHasMoreRowsThanSlotsAndShowsPhonesInFull() throws IOException {
    Path file = RecommendationForm.write(SampleModels.small(), list("衡南县科协", 1), dir);
    Sheet sheet = sheet(file);
    assertThat(sheet.getLastRowNum() - 2).isEqualTo(1);
    assertThat(text(sheet, 3, 1)).isEqualTo("衡阳恒飞电缆有限责任公司");
  }

  @Test
  void aChannelWithMoreShortlistedThanSlotsIsCut() throws IOException {
    ReportModel model = SampleModels.small();
    List<ShortlistEntry> many = new ArrayList<>();
    for (int i = 1; i <= 12; i++) {
      many.add(new ShortlistEntry("企业", i, String.format("X%02d", i), "企业" + i, "衡南县科协", 1.0));
    }
    ReportModel crowded =
        ReportModel.of(
            model.program(),
            model.asOf(),
            null,
            model.progress(),
            many,
            List.of(new ChannelFill("衡南县科协", 10, 12, 0, 10, 12)),
            List.of());
    Path file = RecommendationForm.writeAll(crowded, dir).get(0);
    assertThat(sheet(file).getLastRowNum() - 2).isEqualTo(10);
  }

  @Test
  void informationFormHasTheNoticesLabelsAndTheWorkSentence() throws IOException {
    ReportModel model = SampleModels.small();
    Path file = InformationForm.write(model, model.shortlist().get(1), dir);
    Sheet sheet = sheet(file);
    List<String> all = new ArrayList<>();
    sheet.forEach(r -> all.addAll(rowTexts(r)));
    assertThat(all)
        .contains(
            "参评单位",
            "负责人姓名",
            "职务(职称)",
            "入驻“科创中国”时间",
            "联系人及联系电话",
            "简介",
            InformationForm.WORK_LABEL,
            "成立科协组织情况",
            "所在单位意见");
    assertThat(all).contains("衡阳恒飞电缆有限责任公司", "赵强", "孙丽 0734-8839102", "2022年4月20日");
    assertThat(all).contains("截至2022年7月11日，发布专家12人，发布成果8个，发布需求3个，发布资讯31条，组织活动2次。");
  }

  @Test
  void informationFormWritesTheAssociationAndTheFullPhone() throws IOException {
    ReportModel model = SampleModels.small();
    ShortlistEntry hostile =
        model.shortlist().stream().filter(s -> s.orgId().equals("E001")).findFirst().orElseThrow();
    Sheet sheet = sheet(InformationForm.write(model, hostile, dir));
    assertThat(text(sheet, 6, 1)).isEqualTo("2021年5月8日成立科协，主席：王建国（董事长，13812345678）");
    assertThat(text(sheet, 3, 3)).isEqualTo("李娜 13812345678");
    assertThat(text(sheet, 1, 1)).isEqualTo(SampleModels.HOSTILE_NAME);
  }

  @Test
  void workSentenceOfEveryShortlistedOrganizationFitsTwoHundredCharacters() {
    ReportModel model = SampleModels.small();
    for (ShortlistEntry s : model.shortlist()) {
      assertThat(InformationForm.workSentence(model, s.orgId()).length()).isLessThanOrEqualTo(200);
    }
  }

  @Test
  void formsAreTheSameBytesWhenWrittenTwice() throws IOException {
    Path a = Files.createDirectory(dir.resolve("a"));
    Path b = Files.createDirectory(dir.resolve("b"));
    List<Path> first = OfficialForms.writeAll(SampleModels.small(), a);
    List<Path> second = OfficialForms.writeAll(SampleModels.small(), b);
    for (int i = 0; i < first.size(); i++) {
      assertThat(Files.readAllBytes(first.get(i))).isEqualTo(Files.readAllBytes(second.get(i)));
    }
  }

  @Test
  void summaryFormListsExactlyTheChannelsRecommendationsAndNotesATieBreak() throws IOException {
    ReportModel model = SampleModels.twoStage();
    ChannelList hengnan =
        model.channelLists().stream()
            .filter(l -> l.channel().equals("衡南县科协"))
            .findFirst()
            .orElseThrow();
    Sheet sheet = sheet(RecommendationForm.write(model, hengnan, dir));
    assertThat(text(sheet, 3, 1)).isEqualTo("衡阳恒飞电缆有限责任公司");
    assertThat(text(sheet, 4, 1)).isEqualTo(SampleModels.HOSTILE_NAME);
    assertThat(text(sheet, 5, 1)).isEmpty();
    assertThat(text(sheet, 13, 0)).startsWith("注：本表第1至2位与未推荐的达标单位得分相同").contains("发布总量");
  }

  @Test
  void officersAreWrittenWithThePostsAndPhonesTheRegistryHas() {
    assertThat(
            cn.kczg.reports.OrgContact.officersText(
                List.of(
                    new cn.kczg.schemas.model.Officer("主席", "张伟", "总经理", "13800000001"),
                    new cn.kczg.schemas.model.Officer("副主席", "王强", "总工程师", ""),
                    new cn.kczg.schemas.model.Officer("秘书长", "李娜", "", ""))))
        .isEqualTo("主席张伟（总经理，13800000001）；副主席王强（总工程师）；秘书长李娜");
  }

  /** The channel's shortlisted organizations as its list, with {@code slots} slots. */
  private static ChannelList list(String channel, int slots) {
    List<ShortlistEntry> listed =
        SampleModels.small().shortlist().stream()
            .filter(s -> s.channel().equals(channel))
            .limit(slots)
            .toList();
    return new ChannelList(channel, slots, listed, List.of());
  }

  private static Sheet sheet(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file);
        XSSFWorkbook wb = new XSSFWorkbook(in)) {
      return wb.getSheetAt(0);
    }
  }

  private static String text(Sheet sheet, int row, int col) {
    return sheet.getRow(row).getCell(col).getStringCellValue();
  }

  private static List<String> rowTexts(Row row) {
    List<String> out = new ArrayList<>();
    for (Cell c : row) {
      out.add(c.getStringCellValue());
    }
    return out;
  }
}
