package cn.kczg.samples;

import java.util.List;
import java.util.Random;

/** 衡阳市's county-level regions and the recommendation channels of the 2022 notice. */
final class Places {
  /** The twelve county-level regions of 衡阳市. */
  static final List<String> REGIONS =
      List.of("珠晖区", "雁峰区", "石鼓区", "蒸湘区", "南岳区", "衡阳县", "衡南县", "衡山县", "衡东县", "祁东县", "耒阳市", "常宁市");

  /** Recommends 学会, 高校 and 医院. */
  static final String WORKING_GROUP = "市科协对口工作小组";

  /** The city enterprise federation; recommends enterprises of any region. */
  static final String FEDERATION = "市企业科协联合会";

  static final String HIGH_TECH_PARK = "衡阳高新区科协";
  static final String SONGMU_PARK = "松木经开区科协";
  static final String BAISHAZHOU_PARK = "白沙洲工业园区科协";

  private static final List<String> CITY_DISTRICTS = List.of("珠晖区", "雁峰区", "石鼓区", "蒸湘区");

  private Places() {}

  /** The county association channel of a region, e.g. 衡南县科协. */
  static String countyChannel(String region) {
    return region + "科协";
  }

  /** A region plausible for an enterprise recommended by the given channel. */
  static String regionFor(String channel, Random random) {
    return switch (channel) {
      case HIGH_TECH_PARK -> random.nextBoolean() ? "蒸湘区" : "雁峰区";
      case SONGMU_PARK -> random.nextInt(4) == 0 ? "珠晖区" : "石鼓区";
      case BAISHAZHOU_PARK -> "雁峰区";
      case FEDERATION -> cityDistrict(random);
      default -> channel.substring(0, channel.length() - "科协".length());
    };
  }

  /** One of the four urban districts, where societies, universities and hospitals sit. */
  static String cityDistrict(Random random) {
    return CITY_DISTRICTS.get(random.nextInt(CITY_DISTRICTS.size()));
  }

  /** Every channel that recommends enterprises: twelve counties, three parks, the federation. */
  static List<String> enterpriseChannels() {
    List<String> channels = new java.util.ArrayList<>();
    REGIONS.forEach(region -> channels.add(countyChannel(region)));
    channels.addAll(List.of(HIGH_TECH_PARK, SONGMU_PARK, BAISHAZHOU_PARK, FEDERATION));
    return List.copyOf(channels);
  }
}
