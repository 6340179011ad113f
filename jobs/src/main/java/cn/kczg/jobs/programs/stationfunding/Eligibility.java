package cn.kczg.jobs.programs.stationfunding;

/** A station's funding status as of a day, in the order the checks apply. */
public enum Eligibility {
  UNKNOWN_CHAIN("产业链不明"),
  UNFUNDED_LEVEL("级别不资助"),
  NOT_NEW("非新建"),
  FAILED("不合格"),
  HOST_BARRED("建站单位不得申请"),
  ALREADY_FUNDED("已资助"),
  HOST_TYPE("建站单位类型不符"),
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
