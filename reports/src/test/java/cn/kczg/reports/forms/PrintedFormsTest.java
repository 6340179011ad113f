package cn.kczg.reports.forms;

import static org.assertj.core.api.Assertions.assertThat;

import cn.kczg.reports.ReportModel;
import cn.kczg.reports.SampleModels;
import cn.kczg.schemas.result.ChannelList;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The per-channel PDF: annex 3 and every recommended organization's annex 2, on A4, font embedded.
 */
final class PrintedFormsTest {
  @TempDir Path dir;

  private Path hengnan() {
    ReportModel model = SampleModels.twoStage();
    ChannelList list =
        model.channelLists().stream()
            .filter(l -> l.channel().equals("衡南县科协"))
            .findFirst()
            .orElseThrow();
    return PrintedForms.write(model, list, dir);
  }

  @Test
  void theTextReadBackHoldsEveryLabelOfBothAnnexesAndTheRecommendedNames() throws IOException {
    Path pdf = hengnan();
    assertThat(pdf.getFileName().toString()).isEqualTo("推荐材料-衡南县科协.pdf");
    String text;
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      text = new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
      assertThat(doc.getNumberOfPages()).isEqualTo(3); // annex 3, then two annex 2
    }
    List<String> labels = new ArrayList<>(RecommendationForm.HEADER);
    labels.addAll(InformationForm.LABELS);
    labels.addAll(List.of(RecommendationForm.TITLE, InformationForm.TITLE, "推荐单位（盖章）", "（盖章）"));
    assertThat(text).contains(labels.stream().map(l -> l.replaceAll("\\s+", "")).toList());
    assertThat(text)
        .contains("衡阳恒飞电缆有限责任公司", SampleModels.HOSTILE_NAME, "衡南县科协", "赵强", "0734-8839102")
        .contains("截至2022年7月11日，发布专家12人")
        .contains("注：本表第1至2位与未推荐的达标单位得分相同");
  }

  @Test
  void everyPageIsA4AndEveryFontIsEmbedded() throws IOException {
    try (PDDocument doc = Loader.loadPDF(hengnan().toFile())) {
      for (PDPage page : doc.getPages()) {
        assertThat(page.getMediaBox().getWidth()).isEqualTo(PDRectangle.A4.getWidth());
        assertThat(page.getMediaBox().getHeight()).isEqualTo(PDRectangle.A4.getHeight());
        List<COSName> names = new ArrayList<>();
        page.getResources().getFontNames().forEach(names::add);
        assertThat(names).isNotEmpty();
        for (COSName name : names) {
          PDFont font = page.getResources().getFont(name);
          assertThat(font.isEmbedded()).as(font.getName() + " embedded").isTrue();
          assertThat(font.getName()).contains("WenQuanYi");
        }
      }
    }
  }

  @Test
  void noLineStartsWithClosingPunctuationOrEndsWithAnOpeningBracketAndPhonesStayWhole()
      throws IOException {
    try (PDDocument doc = new PDDocument()) {
      PdfPages pages = new PdfPages(doc);
      float fourChars = 4 * 10f; // the font's CJK glyphs are one em wide
      assertThat(pages.wrap("一二三四，五六", 10, fourChars)).containsExactly("一二三", "四，五六");
      assertThat(pages.wrap("一二三（四五", 10, fourChars)).containsExactly("一二三", "（四五");
      assertThat(pages.wrap("甲\n乙", 10, fourChars)).containsExactly("甲", "乙");
      assertThat(pages.wrap("电话13812345678", 10, 7 * 10f)).containsExactly("电话", "13812345678");
      assertThat(pages.wrap("长，13812345678）", 10, 8 * 10f))
          .as("a closing bracket takes the whole number down with it")
          .containsExactly("长，", "13812345678）");
      pages.close();
      pages.release();
    }
  }

  @Test
  void theSameModelGivesTheSameBytes() throws IOException {
    byte[] first = Files.readAllBytes(hengnan());
    byte[] second = Files.readAllBytes(hengnan());
    assertThat(second).isEqualTo(first);
  }
}
