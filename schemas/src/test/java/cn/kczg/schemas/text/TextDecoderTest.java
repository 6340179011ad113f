package cn.kczg.schemas.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.kczg.schemas.ErrorCode;
import cn.kczg.schemas.KczgException;
import cn.kczg.schemas.messages.Language;
import cn.kczg.schemas.messages.Messages;
import cn.kczg.schemas.read.RowOutcome;
import cn.kczg.schemas.read.SourceFileParser;
import cn.kczg.schemas.source.SourceDefinitions;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** UTF-8, UTF-8 with BOM, GBK and GB18030 exports of the same rows give the same rows. */
final class TextDecoderTest {
  /** These tests read the English wording (--lang en); Chinese is the default. */
  @BeforeEach
  void inEnglish() {
    Messages.use(Language.EN);
  }

  @AfterEach
  void backToTheDefault() {
    Messages.use(Language.ZH);
  }

  /** 䶮 (U+4DAE) is in GB18030 but not in GBK: some names need it. */
  static final String CSV =
      "资讯ID,标题,发布机构,平台账号,发布时间,状态\n"
          + "n1,科普进社区,衡阳市乙（集团）有限公司,,2022年7月1日,已发布\n"
          + "n2,\"标题,带逗号\",衡阳市甲科技有限公司,acc-a,2022/7/2,已下架\n";

  static final Charset GBK = Charset.forName("GBK");
  static final Charset GB18030 = Charset.forName("GB18030");

  private static byte[] bom(byte[] utf8) {
    byte[] out = new byte[utf8.length + 3];
    out[0] = (byte) 0xEF;
    out[1] = (byte) 0xBB;
    out[2] = (byte) 0xBF;
    System.arraycopy(utf8, 0, out, 3, utf8.length);
    return out;
  }

  private static List<RowOutcome> parse(byte[] bytes) {
    return new SourceFileParser(SourceDefinitions.builtIn().byId("news").orElseThrow())
        .parseAll(bytes, "d/资讯.csv");
  }

  @Test
  void eachEncodingIsDetected() {
    byte[] utf8 = CSV.getBytes(StandardCharsets.UTF_8);
    assertThat(TextDecoder.decode(utf8, "f").charset()).isEqualTo("UTF-8");
    assertThat(TextDecoder.decode(bom(utf8), "f").charset()).isEqualTo("UTF-8 (BOM)");
    assertThat(TextDecoder.decode(CSV.getBytes(GBK), "f").charset()).isEqualTo("GB18030");
    assertThat(TextDecoder.decode(CSV.getBytes(GB18030), "f").text()).isEqualTo(CSV);
  }

  @Test
  void everyEncodingGivesIdenticalRows() {
    List<RowOutcome> expected = parse(CSV.getBytes(StandardCharsets.UTF_8));
    assertThat(expected).hasSize(2).allMatch(RowOutcome::accepted);
    assertThat(parse(bom(CSV.getBytes(StandardCharsets.UTF_8)))).isEqualTo(expected);
    assertThat(parse(CSV.getBytes(GBK))).isEqualTo(expected);
    assertThat(parse(CSV.getBytes(GB18030))).isEqualTo(expected);
  }

  @Test
  void charactersOutsideGbkSurviveGb18030() {
    String name = "衡阳市\u4DAE科技有限公司";
    byte[] bytes = ("x," + name + "\n").getBytes(GB18030);
    assertThat(TextDecoder.decode(bytes, "f").text()).contains(name);
  }

  @Test
  void garbageBytesAreRefusedNamingTheFile() {
    byte[] garbage = new byte[4096];
    new Random(7).nextBytes(garbage);
    assertThatThrownBy(() -> parse(garbage))
        .isInstanceOf(KczgException.class)
        .satisfies(e -> assertThat(((KczgException) e).code()).isEqualTo(ErrorCode.UNREADABLE_FILE))
        .hasMessage(
            "Cannot read d/资讯.csv: it is neither UTF-8 nor GBK/GB18030 text. Re-export it as UTF-8 CSV or as XLSX.");
  }

  @Test
  void aBomFollowedByNonUtf8IsRefused() {
    assertThatThrownBy(() -> TextDecoder.decode(bom(CSV.getBytes(GBK)), "d/x.csv"))
        .hasMessageStartingWith(
            "Cannot read d/x.csv: it starts with a UTF-8 byte-order mark but is not valid UTF-8");
  }
}
