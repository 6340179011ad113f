package cn.kczg.jobs.integrity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The evidence's id order is Spark's: by code point, not by UTF-16 unit. */
final class CodePointOrderTest {
  /** Code points where UTF-16 and code point order part: ASCII, CJK, U+E000–U+FFFF, beyond. */
  private static final int[] POOL = {
    'A', 'a', '0', '-', 0x4E2D, 0x6587, 0xE000, 0xF900, 0xFF01, 0xFFFD, 0x1F600, 0x20000, 0x10FFFF
  };

  @Test
  void ordersStringsAsTheirCodePointsDo() {
    Random random = new Random(7);
    for (int i = 0; i < 20_000; i++) {
      String a = random(random);
      String b = random.nextInt(4) == 0 ? a + random(random) : random(random);
      int expected =
          Integer.signum(Arrays.compare(a.codePoints().toArray(), b.codePoints().toArray()));
      assertThat(Integer.signum(IntegrityQuery.CODE_POINTS.compare(a, b)))
          .as("%s vs %s", a, b)
          .isEqualTo(expected);
    }
  }

  @Test
  void aCharacterAboveTheBasicPlaneSortsAfterOneNearItsEnd() {
    // "\uFFFD" is greater than the surrogate 0xD83D as a UTF-16 unit, smaller as a code point.
    assertThat(IntegrityQuery.CODE_POINTS.compare("x\uFFFD", "x\uD83D\uDE00")).isNegative();
    assertThat("x\uFFFD".compareTo("x\uD83D\uDE00")).isPositive();
  }

  private static String random(Random random) {
    StringBuilder s = new StringBuilder();
    for (int n = random.nextInt(4); n > 0; n--) {
      s.appendCodePoint(POOL[random.nextInt(POOL.length)]);
    }
    return s.toString();
  }
}
