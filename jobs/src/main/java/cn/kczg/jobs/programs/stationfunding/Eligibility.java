package cn.kczg.jobs.programs.stationfunding;

/** A station's funding status as of a day, in the order the checks apply. */
public enum Eligibility {
  UNKNOWN_CHAIN("产业链不明"),
  UNFUNDED_LEVEL("级别不资助"),
  FAILED("不合格"),
  NOT_YET("未满年限"),
  AWAITING_ASSESSMENT("待考核"),
  ELIGIBLE("可资助");

  private final String label;

  Eligibility(String label) {
    this.label = label;
  }

  /** The Chinese label shown in outputs. */
  public String label() {
    return label;
  }
}
