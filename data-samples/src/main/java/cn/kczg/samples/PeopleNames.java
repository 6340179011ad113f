package cn.kczg.samples;

import java.util.Random;

/** Chinese personal names and mobile numbers, drawn from pools weighted toward 衡阳's surnames. */
final class PeopleNames {
  // Repeated entries weight the surnames most common in 衡阳.
  private static final String[] SURNAMES =
      ("刘 刘 刘 李 李 王 王 陈 陈 谭 谭 罗 罗 彭 彭 曾 曾 周 周 唐 唐 肖 蒋 廖 邓 胡 贺 欧阳 阳 颜 "
              + "张 杨 黄 赵 吴 徐 朱 何 郭 龙 雷 段 邹 文 尹 易 宁 旷 伍 钟 许 夏 蔡 谢 石 毛 邱 袁 戴 黎")
          .split(" ");
  private static final String GIVEN =
      "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华建国志红文斌辉鹏宇浩然子轩欣怡思雨" + "海燕晓东亮春梅德清俊峰立新湘衡南岳晨阳林凤云飞雪琴晴光荣耀";
  private static final String[] MOBILE_PREFIXES =
      ("130 131 132 133 135 136 137 138 139 150 151 152 153 155 157 158 159 173 177 180 181 "
              + "182 183 185 186 187 188 189 191 199")
          .split(" ");

  private PeopleNames() {}

  /** A name such as 谭志刚 or 欧阳晨. */
  static String person(Random random) {
    String surname = SURNAMES[random.nextInt(SURNAMES.length)];
    int length = random.nextInt(10) < 7 ? 2 : 1;
    StringBuilder name = new StringBuilder(surname);
    for (int i = 0; i < length; i++) {
      name.append(GIVEN.charAt(random.nextInt(GIVEN.length())));
    }
    return name.toString();
  }

  /** A name with a two-character given name, such as 谭志刚: fewer namesakes in a large sample. */
  static String fullName(Random random) {
    return SURNAMES[random.nextInt(SURNAMES.length)]
        + GIVEN.charAt(random.nextInt(GIVEN.length()))
        + GIVEN.charAt(random.nextInt(GIVEN.length()));
  }

  /** An 11-digit mainland mobile number. */
  static String mobile(Random random) {
    StringBuilder number =
        new StringBuilder(MOBILE_PREFIXES[random.nextInt(MOBILE_PREFIXES.length)]);
    for (int i = 0; i < 8; i++) {
      number.append((char) ('0' + random.nextInt(10)));
    }
    return number.toString();
  }
}
