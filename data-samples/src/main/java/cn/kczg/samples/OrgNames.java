package cn.kczg.samples;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Fictitious but realistic organization names, unique under the counting rules' normalization
 * (NFKC, white space removed). Brand words used by the pinned cases are kept out of the pool, so no
 * generated name can collide with, or look like a variant of, a pinned organization.
 */
final class OrgNames {
  private static final String[] BRANDS =
      ("振兴 永兴 长盛 嘉禾 博远 瑞丰 泰和 明阳 康达 润泽 联创 中科 华腾 晨光 蓝天 绿源 新锐 宏图 锦程 "
              + "正邦 通达 盛世 立信 凯迪 科瑞 聚能 天益 安泰 德润 富源 广和 海纳 恒昌 佳美 金桥 骏马 力拓 "
              + "隆盛 美嘉 鹏程 启明 荣发 三和 顺达 腾飞 万通 兴业 亚光 一鸣 远航 兆丰 志诚 卓越 银河 星火 "
              + "旭日 东升 北斗 众合 百川 千禧 华泰 湘衡 楚天 潇湘 蒸水 耒水 岣嵝 紫金 钢城 雁鸣 岳麓 "
              + "祥瑞 同创 合力 精诚 伟业 鼎盛 方圆 弘毅 汇丰 景程 鑫达 金茂")
          .split(" ");
  private static final String[] INDUSTRIES =
      ("科技 新材料科技 机械制造 电子科技 生物科技 环保科技 智能装备 化工 食品 建材 电力设备 信息技术 "
              + "医疗器械 农业科技 汽车零部件 精密铸造 矿业 纺织 光电科技 软件开发 检测技术 新能源科技 "
              + "输变电设备 有色金属 油茶科技 陶瓷")
          .split(" ");
  private static final List<String> CITY_PREFIXES = List.of("衡阳", "衡阳市", "湖南");

  private final Set<String> taken = new HashSet<>();

  /** Reserves a name (a pinned organization's) so that no generated name equals it. */
  void reserve(String name) {
    taken.add(normalize(name));
  }

  /** A new enterprise name for the region, e.g. 衡南县瑞丰农业科技有限公司. */
  String enterprise(String region, Random random) {
    while (true) {
      String candidate = enterpriseCandidate(region, random);
      if (taken.add(normalize(candidate))) {
        return candidate;
      }
    }
  }

  private static String enterpriseCandidate(String region, Random random) {
    String brand = pick(BRANDS, random);
    String industry = pick(INDUSTRIES, random);
    int form = random.nextInt(20);
    if (form == 0) {
      return brand + "（衡阳）" + industry + "有限公司";
    }
    String prefix = random.nextInt(3) == 0 ? CITY_PREFIXES.get(random.nextInt(3)) : region;
    if (form == 1) {
      return prefix + brand + "（集团）" + industry + "有限公司";
    }
    String suffix = form < 15 ? "有限公司" : form < 18 ? "有限责任公司" : "股份有限公司";
    return prefix + brand + industry + suffix;
  }

  /** The counting rules' normalization: NFKC, then all white space removed. */
  static String normalize(String name) {
    return Normalizer.normalize(name, Normalizer.Form.NFKC).replaceAll("[\\s\\u3000]", "");
  }

  private static String pick(String[] pool, Random random) {
    return pool[random.nextInt(pool.length)];
  }
}
