package cn.kczg.jobs.programs.stationtasks;

/** What a station's tasks count: experts in its team, online and offline service activities. */
public enum Metric {
  EXPERTS("experts", "专家", "人"),
  ONLINE_ACTIVITIES("online_activities", "线上活动", "次"),
  OFFLINE_ACTIVITIES("offline_activities", "线下活动", "次");

  private final String key;
  private final String label;
  private final String unit;

  Metric(String key, String label, String unit) {
    this.key = key;
    this.label = label;
    this.unit = unit;
  }

  /** The rulebook key, e.g. {@code online_activities}. */
  public String key() {
    return key;
  }

  /** The Chinese label, e.g. 线上活动. */
  public String label() {
    return label;
  }

  /** The counting unit, e.g. 次. */
  public String unit() {
    return unit;
  }
}
