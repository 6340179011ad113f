package cn.kczg.samples;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.zip.CRC32;

/**
 * The registry's optional form columns of one organization (负责人职务, 单位简介, and the 科协's 主席, 副主席 and
 * 秘书长 with posts and phones), made up from the organization's own code and name, so adding them
 * changes none of the sample's other cells (the main random stream is untouched). Organizations
 * without a 科协 get none of its officers; every organization gets a post and an introduction.
 */
final class OrgProfiles {
  /** The columns, in registry order after {@link Organization#HEADER}'s first thirteen. */
  static final List<String> HEADER =
      List.of(
          "负责人职务", "单位简介", "科协主席职务", "科协主席电话", "科协副主席", "科协副主席职务", "科协副主席电话", "科协秘书长", "科协秘书长职务",
          "科协秘书长电话");

  private static final String[] FIELDS = {
    "输变电装备", "新材料", "生物医药", "智能制造", "电子信息", "节能环保", "现代农业", "汽车零部件"
  };

  private OrgProfiles() {}

  /** The cells of {@link #HEADER} for one organization; blank for an unnamed placeholder. */
  static List<String> cells(Organization org) {
    if (org.code().isEmpty()) {
      return HEADER.stream().map(h -> "").toList();
    }
    Random random = new Random(seed(org.code() + "|" + org.name()));
    String post = post(org.category(), random);
    String intro = introduction(org, random);
    if (org.associationChair().isEmpty()) {
      return List.of(post, intro, "", "", "", "", "", "", "", "");
    }
    String vice1 = PeopleNames.person(random);
    String vice2 = PeopleNames.person(random);
    return List.of(
        post,
        intro,
        pick(random, "副总经理", "总工程师", "副院长", "副校长", "党委副书记"),
        PeopleNames.mobile(random),
        vice1 + "、" + vice2,
        pick(random, "技术总监", "研发中心主任", "科研处处长") + "、" + pick(random, "质量部部长", "人力资源部部长", "工程师"),
        PeopleNames.mobile(random) + "、" + PeopleNames.mobile(random),
        PeopleNames.person(random),
        pick(random, "科技管理部部长", "综合办公室主任", "科研秘书"),
        PeopleNames.mobile(random));
  }

  private static String post(Category category, Random random) {
    return switch (category) {
      case SOCIETY -> pick(random, "理事长", "会长") + "（" + pick(random, "教授", "研究员") + "）";
      case UNIVERSITY -> pick(random, "校长", "党委书记") + "（教授）";
      case HOSPITAL -> "院长（" + pick(random, "主任医师", "教授") + "）";
      case ENTERPRISE ->
          pick(random, "董事长", "总经理", "执行董事") + "（" + pick(random, "高级工程师", "工程师", "经济师") + "）";
    };
  }

  private static String introduction(Organization org, Random random) {
    String place = org.region().isEmpty() ? "衡阳市" : "衡阳市" + org.region();
    return switch (org.category()) {
      case ENTERPRISE ->
          org.name()
              + "位于"
              + place
              + "，主要从事"
              + FIELDS[random.nextInt(FIELDS.length)]
              + "的研发、生产与销售，现有职工"
              + (60 + random.nextInt(900))
              + "人，其中研发人员"
              + (8 + random.nextInt(120))
              + "人，拥有有效专利"
              + (5 + random.nextInt(80))
              + "项。";
      case UNIVERSITY ->
          org.name()
              + "位于"
              + place
              + "，设有"
              + (8 + random.nextInt(20))
              + "个二级学院，在校生约"
              + (8 + random.nextInt(25))
              + "千人。";
      case HOSPITAL ->
          org.name()
              + "位于"
              + place
              + "，开放床位"
              + (300 + random.nextInt(2500))
              + "张，设临床科室"
              + (20 + random.nextInt(40))
              + "个。";
      case SOCIETY ->
          org.name()
              + "是衡阳市科协所属学会，现有个人会员"
              + (100 + random.nextInt(900))
              + "人，团体会员"
              + (5 + random.nextInt(40))
              + "个。";
    };
  }

  @SafeVarargs
  private static <T> T pick(Random random, T... values) {
    return values[random.nextInt(values.length)];
  }

  private static long seed(String text) {
    CRC32 crc = new CRC32();
    crc.update(text.getBytes(StandardCharsets.UTF_8));
    return crc.getValue();
  }
}
