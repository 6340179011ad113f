package cn.kczg.samples;

import java.util.Random;

/**
 * Spellings of an organization's name as item rows write them. {@link #equivalent} spellings
 * normalize equal to the registry name (brackets half/full-width, blanks added), so a reader that
 * normalizes attributes them; {@link #shortened} drops the legal form, which only an account can
 * attribute.
 */
final class NameVariants {
  private NameVariants() {}

  /** A spelling equal to {@code name} under NFKC plus white-space removal. */
  static String equivalent(String name, Random random) {
    int pick = random.nextInt(4);
    if (pick == 0 && (name.contains("（") || name.contains("("))) {
      return name.replace('（', '(').replace('）', ')');
    }
    return switch (pick) {
      case 1 -> name + "\u3000";
      case 2 -> name.substring(0, 2) + "\u3000" + name.substring(2);
      default -> name + " ";
    };
  }

  /** The name without its legal form, e.g. 衡南县瑞丰农业科技 for 衡南县瑞丰农业科技有限公司. */
  static String shortened(String name) {
    for (String suffix : new String[] {"股份有限公司", "有限责任公司", "有限公司"}) {
      if (name.endsWith(suffix)) {
        return name.substring(0, name.length() - suffix.length());
      }
    }
    return name;
  }
}
