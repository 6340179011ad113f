package cn.kczg.schemas.program;

/** How a category's quota is spread over recommending channels. */
public enum Distribution {
  /** Best first across all channels, skipping a channel once its slots are full (the default). */
  RANK_UNDER_CAP,
  /** Seats proportional to each channel's qualifying count, largest remainder (Hamilton). */
  HAMILTON,
  /** Seats proportional to each channel's qualifying count, highest averages (D'Hondt). */
  DHONDT;

  /** The name used in rulebooks, e.g. {@code rank-under-cap}. */
  public String key() {
    return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }

  /** Parses a rulebook name. */
  public static java.util.Optional<Distribution> parse(String text) {
    for (Distribution d : values()) {
      if (d.key().equalsIgnoreCase(text.trim())) {
        return java.util.Optional.of(d);
      }
    }
    return java.util.Optional.empty();
  }
}
