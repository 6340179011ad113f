package cn.kczg.reports;

import cn.kczg.schemas.ErrorCode;
import cn.kczg.schemas.KczgException;
import cn.kczg.schemas.messages.Messages;
import java.nio.file.Path;

/**
 * Every user-facing error of the reports module, worded in one place, in the process's language
 * ({@code error.*}); a missing bundled font is a broken build, for engineers, and stays English.
 */
public final class ReportErrors {
  private ReportErrors() {}

  /** A report file could not be written. */
  public static KczgException cannotWrite(Path file, Exception cause) {
    return new KczgException(
        ErrorCode.UNWRITABLE_FILE,
        Messages.current().text("error.cannot_write", file, cause.getMessage()),
        cause);
  }

  /** The bundled Chinese font could not be loaded (a broken build, not a user mistake). */
  public static KczgException fontMissing(String resource, Exception cause) {
    return new KczgException(
        ErrorCode.INTERNAL,
        "The bundled font "
            + resource
            + " could not be loaded"
            + (cause == null ? "" : ": " + cause.getMessage())
            + ". It ships inside kczg-reports; rebuild the module so the resource is present.",
        cause);
  }
}
