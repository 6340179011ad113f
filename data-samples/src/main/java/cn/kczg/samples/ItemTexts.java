package cn.kczg.samples;

import java.util.List;
import java.util.Random;

/** The detail cells of items: titles, fields, expert names and positions, activity kinds. */
final class ItemTexts {
  static final String[] FIELDS =
      split(
          "先进制造 新材料 电子信息 生物医药 核技术应用 输变电装备 有色金属 节能环保 现代农业 医疗卫生 "
              + "智能制造 新能源 化学工程 食品加工 建筑建材 软件与信息服务");
  static final String[] OBJECTS =
      split(
          "高强度铝合金铸件 变压器绕组 锂电池正极材料 稀土永磁电机 农用无人机喷洒装置 医用防护服 "
              + "智能巡检机器人 含重金属废水 油茶籽油 水稻育秧基质 无缝钢管焊缝 光伏组件 铀尾矿库 "
              + "数控机床主轴 陶瓷釉料 中药饮片 输电线路绝缘子 汽车转向节 工业废渣 生猪养殖粪污");
  static final String[] METHODS = split("制备方法 检测装置 回收工艺 控制系统 优化设计 在线监测方法 成型模具 处理工艺 质量评价方法");
  static final String[] TECHNIQUES = split("机器视觉 物联网 深度学习 北斗定位 数字孪生 5G 区块链");
  private static final String[] SUBJECTS = split("我单位 公司 技术中心 专家团队 研发部 科协");
  private static final String[] EVENTS =
      split(
          "召开2022年科技创新工作推进会 举办“科创中国”平台入驻培训 获评省级专精特新企业 "
              + "与高校签订产学研合作协议 开展科技工作者日慰问活动 参加湘南科技成果对接会 "
              + "新增发明专利授权 通过高新技术企业认定 组织职工技能竞赛 接待市科协调研 "
              + "启动数字化车间建设 发布年度科技创新成果 开展安全生产科普宣传 引进博士后研究人员");
  private static final String[] TOPICS = split("安全用电 健康生活 人工智能入门 防灾减灾 核科学 农业新技术 智能制造 新材料应用 绿色低碳");
  private static final String[] ACADEMIC = split("教授 副教授 讲师 研究员 副研究员");
  private static final String[] MEDICAL = split("主任医师 副主任医师 主治医师 主任药师 副主任护师");
  private static final String[] INDUSTRIAL = split("正高级工程师 高级工程师 工程师 高级技师 高级农艺师");

  private ItemTexts() {}

  /** The detail cells for one item of the kind, as {@link ItemKind#header()} orders them. */
  static List<String> details(ItemKind kind, Category category, Random random) {
    return switch (kind) {
      case EXPERTS ->
          List.of(PeopleNames.person(random), position(category, random), pick(FIELDS, random));
      case ACHIEVEMENTS -> List.of(achievementTitle(random), pick(FIELDS, random));
      case DEMANDS -> List.of(demandTitle(random), pick(FIELDS, random));
      case NEWS -> List.of(pick(SUBJECTS, random) + pick(EVENTS, random));
      case ACTIVITIES -> activity(random);
    };
  }

  private static String achievementTitle(Random random) {
    if (random.nextInt(3) == 0) {
      return "基于" + pick(TECHNIQUES, random) + "的" + pick(OBJECTS, random) + "监测系统";
    }
    return "一种" + pick(OBJECTS, random) + "的" + pick(METHODS, random);
  }

  private static String demandTitle(Random random) {
    return switch (random.nextInt(4)) {
      case 0 -> pick(OBJECTS, random) + "关键技术攻关";
      case 1 -> "寻求" + pick(TECHNIQUES, random) + "技术合作";
      case 2 -> pick(OBJECTS, random) + "工艺改进需求";
      default -> "引进" + pick(FIELDS, random) + "领域高层次人才";
    };
  }

  private static List<String> activity(Random random) {
    String topic = pick(TOPICS, random);
    return switch (random.nextInt(3)) {
      case 0 -> List.of("科普讲座：" + topic, "科普", random.nextBoolean() ? "线下" : "线上");
      case 1 -> List.of(topic + "项目路演", "科创路演", random.nextBoolean() ? "线下" : "线上");
      default -> List.of(topic + "线上对接会", "线上会议", "线上");
    };
  }

  private static String position(Category category, Random random) {
    return switch (category) {
      case UNIVERSITY -> pick(ACADEMIC, random);
      case HOSPITAL -> pick(MEDICAL, random);
      case SOCIETY -> random.nextBoolean() ? pick(ACADEMIC, random) : pick(INDUSTRIAL, random);
      case ENTERPRISE -> pick(INDUSTRIAL, random);
    };
  }

  private static String pick(String[] pool, Random random) {
    return pool[random.nextInt(pool.length)];
  }

  private static String[] split(String words) {
    return words.split(" ");
  }
}
