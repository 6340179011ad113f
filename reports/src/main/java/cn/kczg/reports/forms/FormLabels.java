package cn.kczg.reports.forms;

import cn.kczg.schemas.messages.Messages;
import java.util.List;

/**
 * The printed words of the official forms in one language: the notice's labels of annex 2 (信息采集表)
 * and annex 3 (推荐汇总表), from the {@code form.*} keys of the message bundle. In Chinese they are the
 * notice's own words.
 */
record FormLabels(
    String annex2Title,
    String annex3Title,
    String annex2Heading,
    String annex3Heading,
    String annex2Sheet,
    String annex3Sheet,
    String workLabel,
    String org,
    String leader,
    String leaderTitle,
    String joined,
    String contact,
    String introduction,
    String association,
    String opinion,
    String stamp,
    String sender,
    List<String> annex3Header) {

  static FormLabels of(Messages m) {
    return new FormLabels(
        m.text("form.annex2.title"),
        m.text("form.annex3.title"),
        m.text("form.annex2.heading"),
        m.text("form.annex3.heading"),
        m.text("form.annex2.sheet"),
        m.text("form.annex3.sheet"),
        m.text("form.annex2.work"),
        m.text("form.annex2.org"),
        m.text("form.annex2.leader"),
        m.text("form.annex2.leader_title"),
        m.text("form.annex2.joined"),
        m.text("form.annex2.contact"),
        m.text("form.annex2.introduction"),
        m.text("form.annex2.association"),
        m.text("form.annex2.opinion"),
        m.text("form.annex2.stamp"),
        m.text("form.annex3.sender"),
        List.of(
            m.text("form.annex3.position"),
            m.text("form.annex3.org"),
            m.text("form.annex3.leader"),
            m.text("form.annex3.contact"),
            m.text("form.annex3.phone"),
            m.text("form.annex3.remark")));
  }

  /** Every label annex 2 prints, in order. */
  List<String> annex2Labels() {
    return List.of(
        org, leader, leaderTitle, joined, contact, introduction, workLabel, association, opinion);
  }
}
