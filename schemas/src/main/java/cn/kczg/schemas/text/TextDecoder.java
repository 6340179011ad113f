package cn.kczg.schemas.text;

import cn.kczg.schemas.Errors;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes an export's bytes before any parser sees them, because exports arrive as UTF-8, UTF-8
 * with BOM, or GBK, and Spark 4 neither accepts GBK nor notices a GBK file read as UTF-8.
 *
 * <p>The order: a UTF-8 BOM means UTF-8; else strict UTF-8 over the whole file; else strict GB18030
 * (a superset of GBK that also has the rarer characters of names); else the file is refused. A file
 * is never decoded with replacement characters.
 */
public final class TextDecoder {
  private static final Charset GB18030 = Charset.forName("GB18030");

  private TextDecoder() {}

  /** The decoded text and the charset it was decoded with. */
  public record Decoded(String text, String charset) {}

  /** Decodes {@code bytes} of the file named {@code file} (the name goes into error messages). */
  public static Decoded decode(byte[] bytes, String file) {
    if (bytes.length >= 3
        && (bytes[0] & 0xFF) == 0xEF
        && (bytes[1] & 0xFF) == 0xBB
        && (bytes[2] & 0xFF) == 0xBF) {
      String text = strict(StandardCharsets.UTF_8, ByteBuffer.wrap(bytes, 3, bytes.length - 3));
      if (text == null) {
        throw Errors.unreadableFile(
            file,
            "it starts with a UTF-8 byte-order mark but is not valid UTF-8. Re-export it as UTF-8.");
      }
      return new Decoded(text, "UTF-8 (BOM)");
    }
    String utf8 = strict(StandardCharsets.UTF_8, ByteBuffer.wrap(bytes));
    if (utf8 != null) {
      return new Decoded(utf8, "UTF-8");
    }
    String gb = strict(GB18030, ByteBuffer.wrap(bytes));
    if (gb != null && !gb.isEmpty() && looksLikeText(gb)) {
      return new Decoded(gb, "GB18030");
    }
    throw Errors.unreadableFile(
        file, "it is neither UTF-8 nor GBK/GB18030 text. Re-export it as UTF-8 CSV or as XLSX.");
  }

  private static String strict(Charset charset, ByteBuffer buffer) {
    CharsetDecoder decoder =
        charset
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      CharBuffer chars = decoder.decode(buffer);
      return chars.toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  /** Binary data can decode as GB18030 (it maps most byte pairs); control characters betray it. */
  private static boolean looksLikeText(String text) {
    int controls = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x20 && c != '\n' && c != '\r' && c != '\t') {
        controls++;
      }
    }
    return controls * 100 <= text.length();
  }
}
