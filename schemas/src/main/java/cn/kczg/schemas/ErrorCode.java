package cn.kczg.schemas;

/** Codes of {@link KczgException}; each tells whether the user can fix the cause. */
public enum ErrorCode {
  BAD_ARGUMENT(true),
  MISSING_PATH(true),
  NO_DATA(true),
  BAD_SOURCE_DEFINITION(true),
  BAD_RULEBOOK(true),
  UNKNOWN_PROGRAM(true),
  UNREADABLE_FILE(true),
  MISSING_COLUMNS(true),
  BAD_INPUT(true),
  WAREHOUSE_LOCKED(true),
  UNWRITABLE_FILE(true),
  BAD_CONFIG(true),
  SCHEDULER(false),
  INTERNAL(false);

  private final boolean userMistake;

  ErrorCode(boolean userMistake) {
    this.userMistake = userMistake;
  }

  /** True when the person running the engine can fix the cause. */
  public boolean userMistake() {
    return userMistake;
  }
}
