package cn.kczg.schemas.text;

import java.nio.charset.StandardCharsets;
import org.apache.commons.codec.digest.MurmurHash3;

/**
 * Compact fingerprints that tell whether something delivered before is delivered again: a 128-bit
 * MurmurHash3 (commons-codec) kept as a 64-bit hash and a 32-bit check, so two different inputs
 * pass for the same one with a probability of about 2<sup>-96</sup> per pair.
 *
 * <p>Three are used: of an export's raw record bytes under its file layout (so an unchanged record
 * is neither decoded nor parsed again), of an item's identity (kind and id), and of its canonical
 * content after parsing (so the same content re-exported in another encoding or column order is
 * recognized as no change).
 *
 * @param hash the first 64 bits
 * @param check 32 further bits, compared together with {@code hash}
 */
public record Fingerprint(long hash, int check) {
  /** Separates the parts of a text fingerprint; never part of a cell after cleaning. */
  private static final char SEPARATOR = '\u0001';

  /** The fingerprint of {@code bytes[offset, offset + length)} under {@code seed}. */
  public static Fingerprint of(byte[] bytes, int offset, int length, int seed) {
    long[] h = MurmurHash3.hash128x64(bytes, offset, length, seed);
    return new Fingerprint(h[0], (int) h[1]);
  }

  /**
   * The fingerprint of a sequence of texts (null and empty are told apart), for identities and
   * contents.
   */
  public static Fingerprint ofTexts(int seed, String... parts) {
    StringBuilder text = new StringBuilder();
    for (String p : parts) {
      text.append(p == null ? "\u0002" : p).append(SEPARATOR);
    }
    byte[] b = text.toString().getBytes(StandardCharsets.UTF_8);
    return of(b, 0, b.length, seed);
  }

  /** A seed derived from a text, such as a file layout's description. */
  public static int seedOf(String text) {
    byte[] b = text.getBytes(StandardCharsets.UTF_8);
    return MurmurHash3.hash32x86(b, 0, b.length, 0x6b637a67);
  }
}
