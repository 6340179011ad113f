package cn.kczg.reports.text;

import static org.assertj.core.api.Assertions.assertThat;

import cn.kczg.reports.QuarantineRow;
import cn.kczg.schemas.messages.Language;
import cn.kczg.schemas.messages.Messages;
import cn.kczg.schemas.read.RowOutcome;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A quarantined row's detail is stored in English whatever the language of the ingest, and every
 * detail the ingest writes reads in Chinese in the workbook and on the dashboard (and unchanged in
 * English).
 */
final class QuarantineTextTest {
  private static final Messages ZH = Messages.of(Language.ZH);
  private static final Messages EN = Messages.of(Language.EN);

  /** Every quarantine.detail key with arguments as the ingest fills it in. */
  private static final Map<String, Object[]> DETAILS =
      Map.ofEntries(
          Map.entry("empty_count", new Object[] {"专家数"}),
          Map.entry("empty", new Object[] {"资讯ID"}),
          Map.entry("empty_required", new Object[] {"站点名称"}),
          Map.entry("not_date", new Object[] {"发布时间", "下周"}),
          Map.entry("not_date_time", new Object[] {"举办时间", "7月1日下午"}),
          Map.entry("not_number", new Object[] {"专家数", "三"}),
          Map.entry("not_decimal", new Object[] {"经费", "十万"}),
          Map.entry("control", new Object[] {"资讯ID", "0000", "2"}),
          Map.entry("charset", new Object[] {"GB18030"}),
          Map.entry("malformed", new Object[] {}),
          Map.entry("unknown_org", new Object[] {"衡阳市丙公司", "2022-07-04"}));

  private static QuarantineRow row(String reason, String detail) {
    return new QuarantineRow("2022-07-04/资讯.csv", 3, reason, detail, "", List.of());
  }

  @Test
  void theStoredDetailIsEnglishWhateverTheLanguageOfTheIngest() {
    Messages.use(Language.ZH);
    assertThat(RowOutcome.detail("not_date", "发布时间", "下周")).isEqualTo("发布时间 '下周' is not a date");
  }

  @Test
  void aBadDateReadsInChineseByDefault() {
    String stored = RowOutcome.detail("not_date", "发布时间", "下周");
    assertThat(QuarantineText.detail(ZH, row("BAD_DATE", stored))).isEqualTo("发布时间“下周”不是日期");
    assertThat(QuarantineText.detail(EN, row("BAD_DATE", stored))).isEqualTo(stored);
  }

  @Test
  void everyDetailTheIngestWritesReadsInChinese() {
    assertThat(DETAILS.keySet())
        .as("every quarantine.detail key is checked")
        .containsExactlyInAnyOrderElementsOf(keysOf("quarantine.detail."));
    DETAILS.forEach(
        (key, args) -> {
          String stored = RowOutcome.detail(key, args);
          assertThat(QuarantineText.detail(ZH, row("BAD_DATE", stored)))
              .as(key)
              .isEqualTo(ZH.text("quarantine.detail." + key, args));
          assertThat(QuarantineText.detail(EN, row("BAD_DATE", stored))).as(key).isEqualTo(stored);
        });
  }

  private static List<String> keysOf(String prefix) {
    java.util.ResourceBundle bundle =
        java.util.ResourceBundle.getBundle(
            "cn.kczg.schemas.messages.messages",
            java.util.Locale.ROOT,
            java.util.ResourceBundle.Control.getNoFallbackControl(
                java.util.ResourceBundle.Control.FORMAT_PROPERTIES));
    return bundle.keySet().stream()
        .filter(k -> k.startsWith(prefix))
        .map(k -> k.substring(prefix.length()))
        .toList();
  }
}
