package cn.kczg.schemas.program;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One recommending channel (推荐渠道) and its slots: stage 1 of a selection, where each channel
 * recommends up to its slots of its qualifying organizations.
 *
 * @param name the channel's name as the registry writes it, e.g. 衡南县科协
 * @param kind county, park, federation or working-group (for reading, not for logic)
 * @param slots how many organizations it may recommend in total
 * @param categories the categories it recommends
 * @param categorySlots for a channel recommending several categories, the most of each it may
 *     recommend (a category not named here is limited by {@code slots} alone)
 */
public record ChannelRule(
    String name,
    String kind,
    int slots,
    List<String> categories,
    Map<String, Integer> categorySlots) {
  public ChannelRule {
    categories = List.copyOf(categories);
    categorySlots = categorySlots == null ? Map.of() : new TreeMap<>(categorySlots);
  }

  /** A channel whose slots are shared by all its categories. */
  public ChannelRule(String name, String kind, int slots, List<String> categories) {
    this(name, kind, slots, categories, Map.of());
  }

  /** The most organizations of one category it may recommend. */
  public int slotsFor(String category) {
    return Math.min(slots, categorySlots.getOrDefault(category, slots));
  }
}
