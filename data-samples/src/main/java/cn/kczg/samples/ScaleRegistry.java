package cn.kczg.samples;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * A registry of any size for benchmarks: about 1% societies, 1% universities, 1% hospitals, the
 * rest enterprises spread evenly at random over the sixteen enterprise channels; two in three
 * organizations have a platform account.
 */
final class ScaleRegistry {
  private static final String[] SOCIETY_FIELDS =
      ("机械工程 医学 农学 计算机 电机工程 化学化工 林学 中医药 " + "土木建筑 水利 气象 地理 心理 营养 护理 药学 科普作家 青少年科技教育").split(" ");

  private ScaleRegistry() {}

  /** {@code size} organizations with codes HYJG000001 and up. */
  static List<Organization> build(int size, Random random) {
    int others = Math.max(1, size / 100);
    OrgNames names = new OrgNames();
    Set<String> accounts = new HashSet<>();
    List<String> channels = Places.enterpriseChannels();
    List<Organization> orgs = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      String code = String.format(Locale.ROOT, "HYJG%06d", i + 1);
      String account = random.nextInt(3) < 2 ? account(accounts, random) : "";
      LocalDate joined = LocalDate.of(2021, 5, 1).plusDays(random.nextInt(365));
      int group = i < 3 * others ? i / others : 3;
      Organization org =
          switch (group) {
            case 0 ->
                OrgPeople.complete(
                    code,
                    society(i),
                    account,
                    Category.SOCIETY,
                    "",
                    Places.cityDistrict(random),
                    Places.WORKING_GROUP,
                    joined,
                    random);
            case 1 ->
                OrgPeople.complete(
                    code,
                    "衡阳第" + (i - others + 1) + "学院",
                    account,
                    Category.UNIVERSITY,
                    random.nextBoolean() ? "本科" : "高职大专",
                    Places.cityDistrict(random),
                    Places.WORKING_GROUP,
                    joined,
                    random);
            case 2 ->
                OrgPeople.complete(
                    code,
                    "衡阳市第" + (i - 2 * others + 1) + "人民医院",
                    account,
                    Category.HOSPITAL,
                    "",
                    Places.cityDistrict(random),
                    Places.WORKING_GROUP,
                    joined,
                    random);
            default ->
                enterprise(
                    code,
                    account,
                    joined,
                    channels.get(random.nextInt(channels.size())),
                    names,
                    random);
          };
      orgs.add(org);
    }
    return orgs;
  }

  private static Organization enterprise(
      String code,
      String account,
      LocalDate joined,
      String channel,
      OrgNames names,
      Random random) {
    String region = Places.regionFor(channel, random);
    return OrgPeople.complete(
        code,
        names.enterprise(region, random),
        account,
        Category.ENTERPRISE,
        "",
        region,
        channel,
        joined,
        random);
  }

  private static String society(int i) {
    String field = SOCIETY_FIELDS[i % SOCIETY_FIELDS.length];
    int round = i / SOCIETY_FIELDS.length;
    return "衡阳市" + field + "学会" + (round == 0 ? "" : "第" + (round + 1) + "分会");
  }

  private static String account(Set<String> taken, Random random) {
    while (true) {
      String account = "KC" + (10_000_000 + random.nextInt(90_000_000));
      if (taken.add(account)) {
        return account;
      }
    }
  }
}
