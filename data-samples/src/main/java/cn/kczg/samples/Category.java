package cn.kczg.samples;

/** The four organization categories of the selection notice, with their registry labels. */
enum Category {
  SOCIETY("市级学会"),
  UNIVERSITY("高校"),
  HOSPITAL("医院"),
  ENTERPRISE("企业");

  private final String label;

  Category(String label) {
    this.label = label;
  }

  /** The 机构类型 cell, e.g. 企业. */
  String label() {
    return label;
  }
}
