package cn.kczg.schemas.text;

import cn.kczg.schemas.Errors;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes an export's bytes before any parser sees them, because exports arrive as UTF-8, UTF-8
 * with BOM, or GBK, and Spark 4 neither accepts GBK nor notices a GBK file read as UTF-8.
 *
 * <p>The order: a UTF-16 byte-order mark (what Excel's "Unicode text" writes, tab-separated) means
 * UTF-16 in that byte order; a UTF-8 BOM means UTF-8; else strict UTF-8 over the whole file; else
 * strict GB18030 (a superset of GBK that also has the rarer characters of names); else the file is
 * refused. A file is never decoded with replacement characters.
 */
public final class TextDecoder {
  private static final Charset GB18030 = Charset.forName("GB18030");

  private TextDecoder() {}

  /** The decoded text and the charset it was decoded with. */
  public record Decoded(String text, String charset) {}

  /** Decodes {@code bytes} of the file named {@code file} (the name goes into error messages). */
  public static Decoded decode(byte[] bytes, String file) {
    Charset utf16 = utf16(bytes);
    if (utf16 != null) {
      String text = strict(utf16, ByteBuffer.wrap(bytes, 2, bytes.length - 2));
      if (text == null) {
        throw notUtf16(file, utf16);
      }
      return new Decoded(text, utf16.name() + " (BOM)");
    }
    if (bytes.length >= 3
        && (bytes[0] & 0xFF) == 0xEF
        && (bytes[1] & 0xFF) == 0xBB
        && (bytes[2] & 0xFF) == 0xBF) {
      String text = strict(StandardCharsets.UTF_8, ByteBuffer.wrap(bytes, 3, bytes.length - 3));
      if (text == null) {
        throw Errors.cannotRead(file, "bad_utf8_bom");
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
    throw Errors.cannotRead(file, "charset");
  }

  /**
   * The charset {@link #decode} would pick, with the same checks and errors, without building the
   * text: for large exports whose rows are decoded piece by piece elsewhere.
   */
  public static String charsetOf(byte[] bytes, String file) {
    Charset utf16 = utf16(bytes);
    if (utf16 != null) {
      if (!valid(utf16, ByteBuffer.wrap(bytes, 2, bytes.length - 2), false)) {
        throw notUtf16(file, utf16);
      }
      return utf16.name() + " (BOM)";
    }
    if (hasBom(bytes)) {
      if (!valid(StandardCharsets.UTF_8, ByteBuffer.wrap(bytes, 3, bytes.length - 3), false)) {
        throw Errors.cannotRead(file, "bad_utf8_bom");
      }
      return "UTF-8 (BOM)";
    }
    if (valid(StandardCharsets.UTF_8, ByteBuffer.wrap(bytes), false)) {
      return "UTF-8";
    }
    if (bytes.length > 0 && valid(GB18030, ByteBuffer.wrap(bytes), true)) {
      return "GB18030";
    }
    throw Errors.cannotRead(file, "charset");
  }

  /** The Java charset of a name {@link #decode} reports. */
  public static Charset charset(String name) {
    if (name.startsWith("UTF-16")) {
      return name.startsWith("UTF-16LE") ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE;
    }
    return name.equals("GB18030") ? GB18030 : StandardCharsets.UTF_8;
  }

  /** Where the text starts: after a UTF-8 or UTF-16 byte-order mark, if any. */
  public static int textStart(byte[] bytes) {
    return utf16(bytes) != null ? 2 : hasBom(bytes) ? 3 : 0;
  }

  /**
   * True when text in this charset (a name {@link #decode} reports) has a byte per ASCII character,
   * so a line end is one byte that can be searched for: false for UTF-16, whose files are parsed
   * whole.
   */
  public static boolean asciiCompatible(String charsetName) {
    return !charsetName.startsWith("UTF-16");
  }

  /** The byte order a UTF-16 byte-order mark names, or null without one. */
  private static Charset utf16(byte[] bytes) {
    if (bytes.length < 2) {
      return null;
    }
    int b0 = bytes[0] & 0xFF;
    int b1 = bytes[1] & 0xFF;
    if (b0 == 0xFF && b1 == 0xFE) {
      return StandardCharsets.UTF_16LE;
    }
    return b0 == 0xFE && b1 == 0xFF ? StandardCharsets.UTF_16BE : null;
  }

  private static RuntimeException notUtf16(String file, Charset charset) {
    return Errors.cannotRead(file, "bad_bom", charset.name());
  }

  private static boolean hasBom(byte[] bytes) {
    return bytes.length >= 3
        && (bytes[0] & 0xFF) == 0xEF
        && (bytes[1] & 0xFF) == 0xBB
        && (bytes[2] & 0xFF) == 0xBF;
  }

  /** Strict decoding into a small reused buffer; {@code text} adds the control-character test. */
  private static boolean valid(Charset charset, ByteBuffer in, boolean text) {
    CharsetDecoder decoder =
        charset
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    CharBuffer out = CharBuffer.allocate(64 * 1024);
    long chars = 0;
    long controls = 0;
    while (true) {
      CoderResult r = decoder.decode(in, out, true);
      if (r.isError()) {
        return false;
      }
      out.flip();
      chars += out.remaining();
      controls += text ? controls(out) : 0;
      out.clear();
      if (r.isUnderflow()) {
        break;
      }
    }
    CoderResult r = decoder.flush(out);
    out.flip();
    chars += out.remaining();
    controls += text ? controls(out) : 0;
    return !r.isError() && (!text || (chars > 0 && controls * 100 <= chars));
  }

  private static long controls(CharBuffer chars) {
    long n = 0;
    for (int i = chars.position(); i < chars.limit(); i++) {
      char c = chars.get(i);
      if (c < 0x20 && c != '\n' && c != '\r' && c != '\t') {
        n++;
      }
    }
    return n;
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
