package cn.kczg.samples;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * The detail cells of benchmark items, closer to real exports than the city sample's small
 * vocabularies (which are fine for 300 organizations, and which the city sample keeps): at scale an
 * organization with a thousand items would repeat each title many times and be flagged for padding
 * as no real organization is. News and activity titles carry their day ("6月12日，…") as real ones
 * mostly do and draw from several thousand wordings a day; achievement and demand titles from
 * several thousand to tens of thousands. Experts have realistic names, one in ten among the
 * commonest full names of China (王伟, 李娜, …, so namesakes with the same 职称 and 研究领域 abound), and the
 * identifiers the platform holds: a mobile always (accounts are opened with one), an e-mail for
 * most, an ID number for some.
 */
final class ScaleTexts {
  /** The experts export of a benchmark inbox: the city sample's columns and three identifiers. */
  static final List<String> EXPERTS_HEADER =
      List.of("专家ID", "姓名", "职称", "研究领域", "手机号", "电子邮箱", "身份证号", "所属机构", "平台账号", "入驻时间", "状态");

  /** The headers that differ from {@link ItemKind#header()}. */
  static final Map<ItemKind, List<String>> HEADERS = Map.of(ItemKind.EXPERTS, EXPERTS_HEADER);

  private static final String[] COMMON_NAMES =
      split(
          "张伟 王伟 王芳 李伟 李娜 张敏 李静 王静 刘伟 王秀英 张丽 李秀英 王丽 张静 张秀英 李强 王敏 李敏 王磊 刘洋 "
              + "王艳 王勇 李军 张勇 李杰 张杰 张磊 王强 李娟 王军 张艳 张涛 王涛 李明 刘芳 李艳 王超 李勇 王娟 刘杰");
  private static final String[] POSITIONS =
      split("教授 副教授 研究员 副研究员 主任医师 副主任医师 正高级工程师 高级工程师 工程师 高级农艺师");
  private static final String[] FIELDS = ItemTexts.FIELDS;
  private static final String[] OBJECTS =
      more(
          ItemTexts.OBJECTS,
          "硬质合金刀具 精密齿轮箱 电力电缆接头 钒电池电解液 茶叶加工设备 油菜收割机 混凝土预制件 光纤传感器 锅炉水冷壁 "
              + "液压支架 有机肥料 电子封装材料 轴承套圈 中频感应炉 储能变流器 铸造型砂 竹木复合板 脐橙保鲜剂 湘莲剥壳机 "
              + "黄花菜烘干线");
  private static final String[] METHODS =
      more(ItemTexts.METHODS, "故障诊断方法 节能改造方案 寿命预测方法 自动化生产线 表面处理工艺 安全防护装置");
  private static final String[] TECHNIQUES = more(ItemTexts.TECHNIQUES, "激光熔覆 超声检测 红外成像 大数据 边缘计算");
  private static final String[] INDUSTRIES = split("冶金 电力 化工 农业 医疗 建材 装备制造 食品 纺织 交通");
  private static final String[] QUALITIES = split("高效 低成本 长寿命 轻量化 绿色 高精度 智能化 模块化");
  private static final String[] AIMS = split("降本增效 提质升级 节能减排 自动化改造 国产化替代 数字化升级 规模化生产 安全生产");
  private static final String[] SUBJECTS = split("我单位 公司 技术中心 专家团队 研发部 科协 党支部 工会");
  private static final String[] GATHERINGS = split("推进会 座谈会 培训会 交流会 调度会 启动会 总结会 研讨会 现场会 对接会");
  private static final String[] TOPICS =
      split(
          "安全用电 健康生活 人工智能入门 防灾减灾 核科学 农业新技术 智能制造 新材料应用 绿色低碳 科技创新 质量提升 "
              + "安全生产 数字化转型 知识产权 成果转化 人才引进 产学研合作 标准化 节能降耗 应急救护 青少年科普 "
              + "科学素质 乡村振兴 工匠精神 专利申报 高企认定 技术攻关 科技服务 科普进社区 学术交流");
  private static final String[] EVENT_FORMS =
      split("召开{}{} 举办{}{} 开展{}宣传 组织{}专题学习 参加{}{} 承办{}{} 完成{}阶段任务 推进{}工作 接待{}调研 发布{}成果");
  private static final String[] ID_AREAS =
      split("430405 430406 430407 430408 430412 430421 430422 430423 430424 430426 430481 430482");
  private static final String[] MAIL_DOMAINS =
      split("qq.com 163.com 126.com sina.com 139.com foxmail.com");
  private static final int[] ID_WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};

  private ScaleTexts() {}

  /** The detail cells of one item, in the order of its kind's header (see {@link #HEADERS}). */
  static List<String> details(ItemKind kind, LocalDate day, Random random) {
    return switch (kind) {
      case EXPERTS -> expert(name(random), random);
      case ACHIEVEMENTS -> List.of(achievement(random), pick(FIELDS, random));
      case DEMANDS -> List.of(demand(random), pick(FIELDS, random));
      case NEWS -> List.of(dayPrefix(day) + pick(SUBJECTS, random) + event(random));
      case ACTIVITIES -> activity(day, random);
    };
  }

  /** An expert's cells: name, 职称, 研究领域, mobile, e-mail (or empty), ID number (or empty). */
  static List<String> expert(String name, Random random) {
    String phone = PeopleNames.mobile(random);
    String email = random.nextInt(10) < 7 ? email(random) : "";
    String id = random.nextInt(10) < 4 ? idNumber(random) : "";
    return List.of(name, pick(POSITIONS, random), pick(FIELDS, random), phone, email, id);
  }

  /** A full name; one in ten among the commonest of China. */
  static String name(Random random) {
    return random.nextInt(10) == 0 ? pick(COMMON_NAMES, random) : PeopleNames.fullName(random);
  }

  /** A valid 18-character resident ID number of a 衡阳 region (check character per GB 11643). */
  static String idNumber(Random random) {
    LocalDate born = LocalDate.of(1955, 1, 1).plusDays(random.nextInt(40 * 365));
    String body =
        pick(ID_AREAS, random)
            + born.toString().replace("-", "")
            + String.format(Locale.ROOT, "%03d", random.nextInt(1000));
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += (body.charAt(i) - '0') * ID_WEIGHTS[i];
    }
    return body + "10X98765432".charAt(sum % 11);
  }

  private static String email(Random random) {
    String local =
        random.nextBoolean()
            ? String.valueOf(10_000_000L + random.nextInt(2_000_000_000))
            : "hy" + (char) ('a' + random.nextInt(26)) + random.nextInt(1_000_000);
    return local + "@" + pick(MAIL_DOMAINS, random);
  }

  private static String achievement(Random random) {
    String object = pick(OBJECTS, random) + "的" + pick(METHODS, random);
    // Each of the 31 openings equally likely: 18,600 titles.
    int opening = random.nextInt(1 + QUALITIES.length + TECHNIQUES.length + INDUSTRIES.length);
    if (opening == 0) {
      return "一种" + object;
    }
    if (opening <= QUALITIES.length) {
      return "一种" + QUALITIES[opening - 1] + object;
    }
    opening -= 1 + QUALITIES.length;
    return opening < TECHNIQUES.length
        ? "基于" + TECHNIQUES[opening] + "的" + object
        : "面向" + INDUSTRIES[opening - TECHNIQUES.length] + "行业的" + object;
  }

  private static String demand(Random random) {
    return switch (random.nextInt(4)) {
      case 0 ->
          pick(INDUSTRIES, random) + "企业" + pick(OBJECTS, random) + pick(AIMS, random) + "关键技术攻关";
      case 1 ->
          "寻求"
              + pick(TECHNIQUES, random)
              + "在"
              + pick(OBJECTS, random)
              + pick(METHODS, random)
              + "中的应用合作";
      case 2 -> pick(OBJECTS, random) + pick(METHODS, random) + pick(AIMS, random) + "需求";
      default ->
          "为"
              + pick(INDUSTRIES, random)
              + "行业引进"
              + pick(FIELDS, random)
              + "领域"
              + pick(QUALITIES, random)
              + "技术团队";
    };
  }

  private static String event(Random random) {
    String form = pick(EVENT_FORMS, random);
    String out = form.replaceFirst("\\{}", pick(TOPICS, random));
    return out.replace("{}", pick(GATHERINGS, random));
  }

  private static List<String> activity(LocalDate day, Random random) {
    String topic = dayPrefix(day) + "在" + pick(Places.REGIONS.toArray(String[]::new), random);
    String subject = pick(TOPICS, random);
    return switch (random.nextInt(3)) {
      case 0 -> List.of(topic + "开展" + subject + "科普讲座", "科普", random.nextBoolean() ? "线下" : "线上");
      case 1 ->
          List.of(topic + "举办" + subject + "项目路演", "科创路演", random.nextBoolean() ? "线下" : "线上");
      default -> List.of(dayPrefix(day) + subject + "线上对接会", "线上会议", "线上");
    };
  }

  private static String dayPrefix(LocalDate day) {
    return day.getMonthValue() + "月" + day.getDayOfMonth() + "日，";
  }

  private static String pick(String[] pool, Random random) {
    return pool[random.nextInt(pool.length)];
  }

  private static String[] more(String[] pool, String words) {
    return java.util.stream.Stream.concat(
            java.util.Arrays.stream(pool), java.util.Arrays.stream(split(words)))
        .toArray(String[]::new);
  }

  private static String[] split(String words) {
    return words.split(" ");
  }
}
