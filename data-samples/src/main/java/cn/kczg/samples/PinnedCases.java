package cn.kczg.samples;

import static cn.kczg.samples.ItemKind.ACHIEVEMENTS;
import static cn.kczg.samples.ItemKind.ACTIVITIES;
import static cn.kczg.samples.ItemKind.DEMANDS;
import static cn.kczg.samples.ItemKind.EXPERTS;
import static cn.kczg.samples.ItemKind.NEWS;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The organizations of the city sample whose items are written out by hand, one edge case of the
 * counting rules each; data-samples/hengyang-2022/EXPECTED.md gives their counts.
 */
final class PinnedCases {
  /** A pinned organization as the registry lists it. */
  record PinnedOrg(
      String name,
      Category category,
      String level,
      String region,
      String channel,
      boolean hasAccount,
      LocalDate joined) {}

  static final String EXACT = "衡阳恒远精密机械有限公司";
  static final String ONE_SHORT = "衡南县云集农业科技有限公司";
  static final String WITHDRAWN = "衡阳市华信电子有限公司";
  static final String PENDING = "衡东县鑫源新材料有限公司";
  static final String VARIANTS = "衡阳市宏达（集团）建材有限公司";
  static final String ACCOUNT_ONLY = "常宁市金瑞矿业科技有限公司";
  static final String VOCATIONAL = "雁城职业技术学院";
  static final String NEWCOMER = "衡阳智谷信息技术有限公司";
  static final String UNUSABLE = "耒阳市天成机电设备有限公司";

  /** Not in any registry: its rows match nothing. */
  static final String UNKNOWN = "衡阳县振华农机专业合作社";

  /** The pinned organizations; the newcomer enters the registry only with the update. */
  static final List<PinnedOrg> ORGS =
      List.of(
          enterprise(EXACT, "蒸湘区", Places.HIGH_TECH_PARK, true, "2021-11-08"),
          enterprise(ONE_SHORT, "衡南县", "衡南县科协", true, "2021-12-15"),
          enterprise(WITHDRAWN, "雁峰区", Places.BAISHAZHOU_PARK, true, "2022-01-10"),
          enterprise(PENDING, "衡东县", "衡东县科协", true, "2021-10-20"),
          enterprise(VARIANTS, "石鼓区", Places.SONGMU_PARK, false, "2022-02-16"),
          enterprise(ACCOUNT_ONLY, "常宁市", "常宁市科协", true, "2021-09-27"),
          new PinnedOrg(
              VOCATIONAL,
              Category.UNIVERSITY,
              "高职大专",
              "珠晖区",
              Places.WORKING_GROUP,
              true,
              LocalDate.parse("2021-09-01")),
          enterprise(NEWCOMER, "蒸湘区", Places.HIGH_TECH_PARK, true, "2022-06-24"),
          enterprise(UNUSABLE, "耒阳市", "耒阳市科协", false, "2022-01-05"));

  private PinnedCases() {}

  /** Adds every pinned organization's items, and the rows naming an unknown organization. */
  static void addItems(
      Map<String, Organization> byName, ItemFactory factory, List<SampleItem> sink) {
    exactlyOnTarget(new ItemScript(byName.get(EXACT), factory, sink));
    oneShort(new ItemScript(byName.get(ONE_SHORT), factory, sink));
    withdrawn(new ItemScript(byName.get(WITHDRAWN), factory, sink));
    pendingThenPublished(new ItemScript(byName.get(PENDING), factory, sink));
    nameVariants(new ItemScript(byName.get(VARIANTS), factory, sink));
    accountOnly(new ItemScript(byName.get(ACCOUNT_ONLY), factory, sink));
    vocational(new ItemScript(byName.get(VOCATIONAL), factory, sink));
    newcomer(new ItemScript(byName.get(NEWCOMER), factory, sink));
    unusable(new ItemScript(byName.get(UNUSABLE), factory, sink));
    Organization unknown =
        new Organization(
            "",
            UNKNOWN,
            "",
            Category.ENTERPRISE,
            "",
            "衡阳县",
            "",
            LocalDate.parse("2022-05-01"),
            "",
            "",
            "",
            "",
            "");
    new ItemScript(unknown, factory, sink).published(NEWS, 3, "2022-05-12", "2022-06-16");
  }

  private static void exactlyOnTarget(ItemScript s) {
    s.published(EXPERTS, 8, "2022-03-15", "2022-06-10")
        .published(EXPERTS, 2, "2022-07-06", "2022-07-08")
        .published(ACHIEVEMENTS, 6, "2022-04-01", "2022-06-18")
        .published(DEMANDS, 2, "2022-04-20", "2022-05-30")
        .published(DEMANDS, 1, "2022-06-27", "2022-06-27")
        .published(NEWS, 27, "2022-03-10", "2022-06-26")
        .one(NEWS, "2022-06-27", "2022-06-27 18:45:00", Lifecycle.published())
        .published(NEWS, 1, "2022-07-05", "2022-07-05")
        .one(NEWS, "2022-07-11", "2022-07-11 09:30:00", Lifecycle.published())
        .published(ACTIVITIES, 1, "2022-07-08", "2022-07-08");
  }

  private static void oneShort(ItemScript s) {
    s.published(EXPERTS, 8, "2022-03-20", "2022-06-15")
        .published(EXPERTS, 1, "2022-07-02", "2022-07-02")
        .batch(EXPERTS, 1, "2022-06-05", "2022-06-05", Lifecycle.constant(Lifecycle.PENDING))
        .published(ACHIEVEMENTS, 7, "2022-03-25", "2022-06-20")
        .published(DEMANDS, 3, "2022-04-10", "2022-06-01")
        .published(NEWS, 31, "2022-03-05", "2022-06-25")
        .published(NEWS, 2, "2022-06-29", "2022-07-09")
        .published(ACTIVITIES, 2, "2022-05-15", "2022-06-18");
  }

  private static void withdrawn(ItemScript s) {
    s.published(EXPERTS, 12, "2022-03-10", "2022-06-20")
        .published(ACHIEVEMENTS, 5, "2022-03-20", "2022-06-10")
        .batch(
            ACHIEVEMENTS,
            1,
            "2022-05-18",
            "2022-05-18",
            Lifecycle.withdrawnAt(CitySample.REGISTRY_UPDATE))
        .published(DEMANDS, 3, "2022-04-01", "2022-06-15")
        .published(DEMANDS, 1, "2022-05-20", "2022-05-20")
        .duplicateLast("2022-07-11", Lifecycle.WITHDRAWN)
        .published(NEWS, 32, "2022-03-01", "2022-06-24")
        .batch(NEWS, 1, "2022-06-02", "2022-06-02", Lifecycle.constant(Lifecycle.BLANK))
        .published(ACTIVITIES, 1, "2022-06-12", "2022-06-12");
  }

  private static void pendingThenPublished(ItemScript s) {
    s.published(EXPERTS, 14, "2022-03-01", "2022-06-18")
        .published(ACHIEVEMENTS, 8, "2022-03-15", "2022-06-15")
        .batch(
            DEMANDS,
            3,
            "2022-06-10",
            "2022-06-22",
            Lifecycle.pendingUntil(CitySample.REGISTRY_UPDATE))
        .published(NEWS, 36, "2022-03-05", "2022-06-20")
        .published(ACTIVITIES, 2, "2022-04-20", "2022-06-10");
  }

  private static void nameVariants(ItemScript s) {
    s.names(VARIANTS, "衡阳市宏达(集团)建材有限公司", VARIANTS + " ", "衡阳市宏达（集团）　建材有限公司", "　衡阳市宏达(集团)建材有限公司　")
        .published(EXPERTS, 10, "2022-03-10", "2022-06-18")
        .published(EXPERTS, 1, "2022-06-30", "2022-06-30")
        .published(ACHIEVEMENTS, 6, "2022-03-20", "2022-06-20")
        .published(DEMANDS, 5, "2022-04-01", "2022-06-25")
        .published(NEWS, 30, "2022-03-01", "2022-06-26")
        .published(NEWS, 2, "2022-07-01", "2022-07-06")
        .published(ACTIVITIES, 1, "2022-05-28", "2022-05-28");
  }

  private static void accountOnly(ItemScript s) {
    s.names("金瑞矿业", "常宁市金瑞矿业科技有限责任公司", ACCOUNT_ONLY)
        .published(EXPERTS, 10, "2022-03-12", "2022-06-20")
        .published(ACHIEVEMENTS, 9, "2022-03-20", "2022-06-25")
        .published(DEMANDS, 3, "2022-04-05", "2022-06-20")
        .published(DEMANDS, 1, "2022-07-08", "2022-07-08")
        .published(NEWS, 30, "2022-03-01", "2022-06-27")
        .published(ACTIVITIES, 3, "2022-04-10", "2022-06-20")
        .names("常宁市金瑞矿业科技有限责任公司")
        .account("")
        .published(NEWS, 1, "2022-06-15", "2022-06-15");
  }

  private static void vocational(ItemScript s) {
    s.published(EXPERTS, 38, "2022-03-01", "2022-06-25")
        .published(EXPERTS, 4, "2022-06-29", "2022-07-10")
        .published(ACHIEVEMENTS, 28, "2022-03-05", "2022-06-24")
        .published(ACHIEVEMENTS, 3, "2022-06-28", "2022-07-08")
        .published(DEMANDS, 3, "2022-04-01", "2022-06-01")
        .published(NEWS, 48, "2022-03-01", "2022-06-26")
        .published(NEWS, 4, "2022-06-28", "2022-07-11")
        .published(ACTIVITIES, 2, "2022-05-20", "2022-06-15");
  }

  private static void newcomer(ItemScript s) {
    s.published(EXPERTS, 4, "2022-06-24", "2022-06-27")
        .published(EXPERTS, 8, "2022-06-28", "2022-07-10")
        .published(ACHIEVEMENTS, 2, "2022-06-25", "2022-06-27")
        .published(ACHIEVEMENTS, 2, "2022-07-01", "2022-07-08")
        .published(DEMANDS, 3, "2022-06-26", "2022-07-05")
        .published(NEWS, 6, "2022-06-24", "2022-06-27")
        .published(NEWS, 12, "2022-06-28", "2022-07-11")
        .published(ACTIVITIES, 1, "2022-07-06", "2022-07-06");
  }

  private static void unusable(ItemScript s) {
    s.published(EXPERTS, 10, "2022-03-15", "2022-06-20")
        .published(ACHIEVEMENTS, 6, "2022-03-20", "2022-06-22")
        .one(ACHIEVEMENTS, "2022-06-25", "下周", Lifecycle.published())
        .published(DEMANDS, 2, "2022-04-10", "2022-06-10")
        .withoutId(DEMANDS, "2022-06-12")
        .published(NEWS, 30, "2022-03-01", "2022-06-26")
        .published(ACTIVITIES, 1, "2022-06-05", "2022-06-05")
        .names("耒阳市天城机电设备有限公司")
        .published(NEWS, 2, "2022-05-10", "2022-06-10");
  }

  private static PinnedOrg enterprise(
      String name, String region, String channel, boolean hasAccount, String joined) {
    return new PinnedOrg(
        name, Category.ENTERPRISE, "", region, channel, hasAccount, LocalDate.parse(joined));
  }
}
