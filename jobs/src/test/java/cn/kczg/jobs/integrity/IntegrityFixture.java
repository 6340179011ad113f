package cn.kczg.jobs.integrity;

import cn.kczg.jobs.ingest.Fixture;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A two-drop inbox with one planted case per check and steady organizations that must not be
 * flagged. Every organization is an enterprise (targets: experts 10, news 30).
 *
 * <ul>
 *   <li>PAD: five news titled 技术交流会 with a trailing number or punctuation, plus 25 distinct;
 *   <li>BURST: news on a 0, 1, 2 daily rhythm (24 items), then 27 on 2022-07-10;
 *   <li>STEADY: 14 or 16 news every day for 30 days, 19 on 2022-07-10, all titles distinct (numbers
 *       inside the title, not at its end);
 *   <li>DUP1 and DUP2: the expert 王伟 (教授, 材料科学) under both, written with a full-width space once;
 *       DUP2 listed him first; DUP1 has exactly 10 experts with him; DUP3 has a 王伟 of another
 *       field;
 *   <li>WD: 30 news counted on 2022-07-04, four of them withdrawn (已下架, 已删除) on 2022-07-11; WD2 has
 *       one item 待审核 then 已下架 (never counted, so no withdrawal);
 *   <li>the two bursts of issue 19: BURSTA posts 0-2 news a day and 29 on 2022-07-08, three days
 *       before the newest drop; BURSTB posts 0-2 a day (20 in all) and 29 on 2022-06-30, in the
 *       drop of 2022-07-04, whose other file 成果-补报.csv is refused (no 发布时间 column): its news target
 *       is met only because of the burst;
 *   <li>IDA1 and IDA2: 李娜 with the same mobile, written 13912345678 and +86 139-1234-5678, as 教授
 *       and 副教授 (one person, matched on phone); IDB1 and IDB2: 王伟 (教授, 智能制造) with different mobiles
 *       (namesakes, two people).
 * </ul>
 *
 * <p>The registry and BURSTB's first news arrive in a drop of 2022-06-27, so the drop of 2022-07-04
 * has a week of its own.
 */
final class IntegrityFixture {
  static final LocalDate D0 = LocalDate.of(2022, 6, 27);
  static final LocalDate D1 = LocalDate.of(2022, 7, 4);
  static final LocalDate D2 = LocalDate.of(2022, 7, 11);
  static final String EXPERTS_HEADER = "专家ID,姓名,职称,研究领域,所属机构,平台账号,入驻时间,状态,手机号";
  static final String[] ORGS = {
    "PAD", "BURST", "STEADY", "DUP1", "DUP2", "DUP3", "WD", "WD2", "BURSTA", "BURSTB", "IDA1",
    "IDA2", "IDB1", "IDB2"
  };

  private IntegrityFixture() {}

  static void write(Path inbox) {
    List<String> registry = new ArrayList<>(List.of(Fixture.REGISTRY_HEADER));
    for (String org : ORGS) {
      registry.add(
          org + "," + name(org) + ",acc-" + org + ",企业,,衡南县,衡南县科协,2022-01-01,张三,李四,13812345678");
    }
    Fixture.write(inbox, D0.toString(), "机构名录.csv", registry.toArray(String[]::new));
    Fixture.write(inbox, D0.toString(), "资讯.csv", news(D0).toArray(String[]::new));
    Fixture.write(inbox, D1.toString(), "资讯.csv", news(D1).toArray(String[]::new));
    Fixture.write(inbox, D1.toString(), "成果-补报.csv", "成果ID,成果名称,发布机构,状态", "CG-1,方法,甲,已发布");
    Fixture.write(inbox, D2.toString(), "资讯.csv", news(D2).toArray(String[]::new));
    Fixture.write(inbox, D2.toString(), "专家.csv", experts().toArray(String[]::new));
  }

  static String name(String org) {
    return "衡阳市" + org + "科技有限公司";
  }

  private static List<String> news(LocalDate drop) {
    List<String> rows = new ArrayList<>(List.of(Fixture.NEWS_HEADER));
    rows.addAll(burst("BURSTB", LocalDate.of(2022, 6, 10), 20, LocalDate.of(2022, 6, 30), drop));
    if (drop.equals(D0)) {
      return rows;
    }
    rows.addAll(burst("BURSTA", LocalDate.of(2022, 6, 10), 28, LocalDate.of(2022, 7, 8), drop));
    String[] padded = {"技术交流会（1）", "技术交流会 2", "技术交流会。", "技术交流会3", "技术交流会"};
    for (int i = 0; i < padded.length; i++) {
      rows.add(row("PAD-c" + i, padded[i], "PAD", D1.minusDays(i), "已发布"));
    }
    for (int i = 0; i < 25; i++) {
      rows.add(row("PAD-d" + i, "PAD新闻" + i + "期回顾", "PAD", D1.minusDays(i), "已发布"));
    }
    LocalDate start = LocalDate.of(2022, 6, 16);
    for (int day = 0; day < 24; day++) {
      for (int k = 0; k < day % 3; k++) {
        rows.add(
            row(
                "BURST-" + day + "-" + k,
                "BURST动态" + day + "之" + k + "篇",
                "BURST",
                start.plusDays(day),
                "已发布"));
      }
    }
    for (int day = 0; day < 30; day++) {
      LocalDate date = LocalDate.of(2022, 6, 11).plusDays(day);
      int n = date.equals(LocalDate.of(2022, 7, 10)) ? 19 : day % 2 == 0 ? 14 : 16;
      for (int k = 0; k < n; k++) {
        rows.add(
            row(
                "STEADY-" + day + "-" + k,
                "STEADY报道" + day + "之" + k + "篇",
                "STEADY",
                date,
                "已发布"));
      }
    }
    for (int i = 0; i < 30; i++) {
      String status = drop.equals(D2) && i < 3 ? "已下架" : drop.equals(D2) && i == 3 ? "已删除" : "已发布";
      rows.add(row("WD-" + i, "WD资讯" + i + "号稿件", "WD", D1.minusDays(i % 20), status));
    }
    rows.add(row("WD2-0", "WD2资讯", "WD2", D1.minusDays(1), drop.equals(D1) ? "待审核" : "已下架"));
    if (drop.equals(D2)) {
      for (int k = 0; k < 27; k++) {
        rows.add(
            row("BURST-x" + k, "BURST冲刺" + k + "之稿", "BURST", LocalDate.of(2022, 7, 10), "已发布"));
      }
    }
    return rows;
  }

  /** News on a 0, 1, 2 rhythm for {@code days} days from {@code from}, then 29 on {@code day}. */
  private static List<String> burst(
      String org, LocalDate from, int days, LocalDate day, LocalDate drop) {
    List<String> rows = new ArrayList<>();
    for (int d = 0; d < days && !from.plusDays(d).isAfter(drop); d++) {
      for (int k = 0; k < d % 3; k++) {
        rows.add(
            row(
                org + "-" + d + "-" + k,
                org + "动态" + d + "之" + k + "篇",
                org,
                from.plusDays(d),
                "已发布"));
      }
    }
    for (int k = 0; !day.isAfter(drop) && k < 29; k++) {
      rows.add(row(org + "-x" + k, org + "冲刺" + k + "之稿", org, day, "已发布"));
    }
    return rows;
  }

  private static String row(String id, String title, String org, LocalDate date, String status) {
    return id + "," + title + "," + name(org) + ",acc-" + org + "," + date + "," + status;
  }

  private static List<String> experts() {
    List<String> rows = new ArrayList<>(List.of(EXPERTS_HEADER));
    rows.add(expert("E-DUP1-0", "王　伟", "教授", "材料科学", "DUP1", "2022-06-15"));
    for (int i = 1; i < 10; i++) {
      rows.add(expert("E-DUP1-" + i, "专家甲" + i, "工程师", "智能制造", "DUP1", "2022-06-01"));
    }
    rows.add(expert("E-DUP2-0", "王伟", "教授", "材料科学", "DUP2", "2022-06-01"));
    rows.add(expert("E-DUP3-0", "王伟", "教授", "生物医药", "DUP3", "2022-06-01"));
    for (int i = 0; i < 12; i++) {
      rows.add(
          expert("E-STEADY-" + i, "专家乙" + i, "高级工程师", "新材料", "STEADY", "2022-06-0" + (1 + i % 9)));
    }
    rows.add(expert("E-IDA1-0", "李娜", "教授", "生物医药", "IDA1", "2022-06-02") + "13912345678");
    rows.add(expert("E-IDA2-0", "李娜", "副教授", "医学", "IDA2", "2022-06-03") + "+86 139-1234-5678");
    rows.add(expert("E-IDB1-0", "王伟", "教授", "智能制造", "IDB1", "2022-06-02") + "13800000001");
    rows.add(expert("E-IDB2-0", "王伟", "教授", "智能制造", "IDB2", "2022-06-03") + "13800000002");
    return rows;
  }

  private static String expert(
      String id, String name, String position, String field, String org, String date) {
    return id + "," + name + "," + position + "," + field + "," + name(org) + ",acc-" + org + ","
        + date + ",已发布,";
  }
}
