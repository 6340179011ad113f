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
  private static final byte SEPARATOR = 1;

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
    byte[] b = BUFFER.get();
    int n = 0;
    for (String p : parts) {
      String text = p == null ? NULL : p;
      if (b.length - n < text.length() * 3 + 1) {
        b = java.util.Arrays.copyOf(b, Math.max(b.length * 2, n + text.length() * 3 + 1));
        BUFFER.set(b);
      }
      n = utf8(text, b, n);
      b[n++] = SEPARATOR;
    }
    return of(b, 0, n, seed);
  }

  private static final String NULL = "\u0002";
  private static final ThreadLocal<byte[]> BUFFER = ThreadLocal.withInitial(() -> new byte[512]);

  /** Writes {@code text} as UTF-8 at {@code at} (room for three bytes a char); returns the end. */
  private static int utf8(String text, byte[] out, int at) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x80) {
        out[at++] = (byte) c;
      } else if (c < 0x800) {
        out[at++] = (byte) (0xC0 | (c >> 6));
        out[at++] = (byte) (0x80 | (c & 0x3F));
      } else if (Character.isHighSurrogate(c)
          && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        int cp = Character.toCodePoint(c, text.charAt(++i));
        out[at++] = (byte) (0xF0 | (cp >> 18));
        out[at++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
        out[at++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
        out[at++] = (byte) (0x80 | (cp & 0x3F));
      } else {
        out[at++] = (byte) (0xE0 | (c >> 12));
        out[at++] = (byte) (0x80 | ((c >> 6) & 0x3F));
        out[at++] = (byte) (0x80 | (c & 0x3F));
      }
    }
    return at;
  }

  /** A seed derived from a text, such as a file layout's description. */
  public static int seedOf(String text) {
    byte[] b = text.getBytes(StandardCharsets.UTF_8);
    return MurmurHash3.hash32x86(b, 0, b.length, 0x6b637a67);
  }
}
