package cn.kczg.schemas.program;

import java.util.List;

/**
 * One recommending channel (推荐渠道) and its slots.
 *
 * @param name the channel's name as the registry writes it, e.g. 衡南县科协
 * @param kind county, park, federation or working-group (for reading, not for logic)
 * @param slots how many organizations it may recommend in total
 * @param categories the categories it recommends
 */
public record ChannelRule(String name, String kind, int slots, List<String> categories) {
  public ChannelRule {
    categories = List.copyOf(categories);
  }
}
