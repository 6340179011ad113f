package cn.kczg.schemas.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every date format of platform-exports.md reads as the same Asia/Shanghai calendar day. */
final class DatesTest {
  static final LocalDate JULY_1 = LocalDate.of(2022, 7, 1);

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2022-07-01",
        "2022/7/1",
        "2022-07-01 09:30:00",
        "2022年7月1日",
        "2022.7.1",
        "20220701",
        " 2022-07-01 ",
        "２０２２-０７-０１",
        "2022-07-01T23:59:59",
        "2022年07月01日 18:00",
        "2022/07/01 9:30",
        "2022-07-01 09:30:00.0",
        "2022-07-01T09:30:00+08:00",
        "2022-07-01 23:59:59Z",
        "2022-07-01 9:30 PM",
        "2022年7月1日 9时30分",
        "2022-07-01 ０９：３０"
      })
  void everyFormatNamesTheSameDay(String text) {
    assertThat(Dates.parse(text)).contains(JULY_1);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "  ", "下周", "2022-13-01", "2022-02-30", "07/01/2022", "2022", "N/A"})
  void badDatesAreNoDates(String text) {
    assertThat(Dates.parse(text)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2022-07-01 25:61:00",
        "2022-07-01 24:00",
        "2022-07-01 09:60",
        "2022-07-01 09:30:61",
        "2022-07-01 下周",
        "2022-07-01 9",
        "2022年7月1日 25时"
      })
  void anInvalidTimeOfDayMakesTheTextNoDate(String text) {
    assertThat(Dates.parse(text)).isEmpty();
  }

  @Test
  void excelSerialDaysUseThe1900System() {
    assertThat(Dates.fromExcelSerial(44743.0)).isEqualTo(JULY_1);
    assertThat(Dates.fromExcelSerial(44743.99)).isEqualTo(JULY_1);
  }

  @Test
  void dropFoldersStartWithTheirDate() {
    assertThat(Dates.dropDate("2022-07-11-resend")).contains(LocalDate.of(2022, 7, 11));
    assertThat(Dates.dropDate("2022-07-11")).contains(LocalDate.of(2022, 7, 11));
    assertThat(Dates.dropDate("2022-07-111")).isEmpty();
    assertThat(Dates.dropDate("inbox")).isEmpty();
  }

  @Test
  void aDayAndTimeKeepsItsTimeOfDayAndADayAloneIsItsStart() {
    assertThat(Dates.parseDateTime("2023-11-20 17:00"))
        .contains(java.time.LocalDateTime.of(2023, 11, 20, 17, 0));
    assertThat(Dates.parseDateTime("2023/11/20 5:30 PM"))
        .contains(java.time.LocalDateTime.of(2023, 11, 20, 17, 30));
    assertThat(Dates.parseDateTime("2023年11月20日"))
        .contains(LocalDate.of(2023, 11, 20).atStartOfDay());
    assertThat(Dates.parseDateTime("2023-11-20 25:00")).isEmpty();
  }
}
