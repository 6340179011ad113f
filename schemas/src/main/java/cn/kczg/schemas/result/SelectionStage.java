package cn.kczg.schemas.result;

/** The stage of a selection that left a qualifying organization out. */
public enum SelectionStage {
  /** Stage 1: its channel's recommendation list was full, or it has no channel of the program. */
  RECOMMENDATION("channel", "推荐（渠道名额）"),
  /** Stage 2: the city's selection of its category was full. */
  CITY("city", "评选（市级名额）");

  private final String key;
  private final String label;

  SelectionStage(String key, String label) {
    this.key = key;
    this.label = label;
  }

  /** The stable ASCII name CSV files use. */
  public String key() {
    return key;
  }

  /** The Chinese name reports show. */
  public String label() {
    return label;
  }
}
