package cn.kczg.schemas.messages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.kczg.schemas.model.ItemKind;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

final class MessagesTest {
  private static final Pattern SPEC =
      Pattern.compile("%(\\d+\\$)?([-#+ 0,(<]*)?(\\d+)?(\\.\\d+)?([a-zA-Z%])");

  private static Properties bundle(String name) throws IOException {
    Properties p = new Properties();
    try (InputStream in =
        MessagesTest.class.getResourceAsStream("/cn/kczg/schemas/messages/" + name)) {
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p;
  }

  /** Argument index → conversion of a pattern, e.g. {1=s, 2=d}. */
  static Map<Integer, Character> arguments(String pattern) {
    Map<Integer, Character> out = new TreeMap<>();
    Matcher m = SPEC.matcher(pattern);
    int ordinary = 0;
    while (m.find()) {
      char conversion = m.group(5).charAt(0);
      if (conversion == '%' || conversion == 'n') {
        continue;
      }
      int index =
          m.group(1) != null
              ? Integer.parseInt(m.group(1).substring(0, m.group(1).length() - 1))
              : ++ordinary;
      out.put(index, conversion);
    }
    return out;
  }

  @Test
  void bothLanguagesHaveTheSameKeysWithTheSameArguments() throws IOException {
    Properties zh = bundle("messages.properties");
    Properties en = bundle("messages_en.properties");
    assertThat(en.stringPropertyNames()).isEqualTo(zh.stringPropertyNames());
    for (String key : zh.stringPropertyNames()) {
      Map<Integer, Character> chinese = arguments(zh.getProperty(key));
      Map<Integer, Character> english = arguments(en.getProperty(key));
      // A translation may leave an argument out (the date's English form uses only the ISO text),
      // but never asks for one the Chinese does not, nor a different type.
      english.forEach(
          (index, conversion) ->
              assertThat(chinese.getOrDefault(index, conversion))
                  .as(key + " argument " + index)
                  .isEqualTo(conversion));
      if (!key.equals("date")) {
        assertThat(english.keySet()).as(key).isEqualTo(chinese.keySet());
      }
    }
  }

  @Test
  void chineseIsTheDefaultAndEnglishIsOnRequest() {
    Messages zh = Messages.of(Language.ZH);
    Messages en = Messages.of(Language.EN);
    assertThat(zh.text("shortfall.item", zh.kind(ItemKind.DEMANDS), zh.count(ItemKind.DEMANDS, 1)))
        .isEqualTo("需求差1个");
    assertThat(en.text("shortfall.item", en.kind(ItemKind.DEMANDS), en.count(ItemKind.DEMANDS, 1)))
        .isEqualTo("demands 1 short");
    assertThat(zh.date(LocalDate.of(2022, 7, 11))).isEqualTo("2022年7月11日");
    assertThat(en.date(LocalDate.of(2022, 7, 11))).isEqualTo("2022-07-11");
    assertThat(zh.list(List.of("甲", "乙"))).isEqualTo("甲、乙");
    assertThat(en.list(List.of("a", "b"))).isEqualTo("a, b");
  }

  @Test
  void theCurrentLanguageIsChineseUntilTheCommandLineSaysOtherwise() {
    try {
      assertThat(Messages.current().language()).isEqualTo(Language.ZH);
      Messages.use(Language.EN);
      assertThat(Messages.current().text("yes")).isEqualTo("yes");
    } finally {
      Messages.use(Language.ZH);
    }
  }

  @Test
  void languageCodesAreReadLeniently() {
    assertThat(Language.parse("zh-CN")).contains(Language.ZH);
    assertThat(Language.parse(" EN ")).contains(Language.EN);
    assertThat(Language.parse("fr")).isEmpty();
  }

  @Test
  void aMissingKeyIsAProgrammingErrorNamingTheKey() {
    assertThatThrownBy(() -> Messages.of(Language.EN).text("no.such.key"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("message key 'no.such.key' is missing from the en bundle");
  }

  @Test
  void aPercentSignIsWrittenOnceWhetherOrNotThereAreArguments() {
    Messages zh = Messages.of(Language.ZH);
    assertThat(zh.text("chart.ranking.axis")).contains("（%，");
    assertThat(zh.text("chart.ranking.ties", 3)).startsWith("3家完成度并列100%，");
  }
}
