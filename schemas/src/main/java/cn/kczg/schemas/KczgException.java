package cn.kczg.schemas;

import static java.util.Objects.requireNonNull;

/**
 * The one exception type the engine shows to people. Its message says what is wrong, where, and
 * what to do; its {@link ErrorCode} lets callers (and the CLI's exit status) tell mistakes apart.
 * Build instances through {@link Errors} so wording stays in one place.
 */
public final class KczgException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final ErrorCode code;

  public KczgException(ErrorCode code, String message) {
    super(requireNonNull(message, "message is null"));
    this.code = requireNonNull(code, "code is null");
  }

  public KczgException(ErrorCode code, String message, Throwable cause) {
    super(requireNonNull(message, "message is null"), cause);
    this.code = requireNonNull(code, "code is null");
  }

  /** What kind of problem this is. */
  public ErrorCode code() {
    return code;
  }

  /** True when the user can fix it (bad argument, bad file); false for an internal failure. */
  public boolean userMistake() {
    return code.userMistake();
  }
}
