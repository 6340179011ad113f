package cn.kczg.schemas.program;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One program's rules, loaded from its rulebook file: the notice it comes from, its categories with
 * targets and quotas, its channels with slots, and its dates. Java holds the mechanisms; every
 * number is here. Programs of other types (scorecards, station funding, ranking lists) keep their
 * own sections in {@link #sections()}, read by their engines.
 *
 * @param id e.g. {@code hengyang-2022}
 * @param type the engine that runs it, e.g. {@code indicator-targets}
 * @param title the program's name
 * @param notice the notice's number, e.g. 衡市科协字〔2022〕16号
 * @param sourceDocument the seed document it was transcribed from
 * @param origin where the rulebook was loaded from
 * @param deadline the submission date, if the program has one
 * @param score the ranking score: {@code completion}
 * @param categories categories in the order reports show them
 * @param channels recommending channels
 * @param reserveSize how many near-qualifying organizations per category the reserve shows
 * @param tieBreaks the orders the engine adds beyond the notice after the score, ending with the
 *     organization id (default: completion, total published items, organization id)
 * @param sections the raw rulebook tree, for program types with sections of their own
 */
public record Rulebook(
    String id,
    String type,
    String title,
    String notice,
    String sourceDocument,
    String origin,
    LocalDate deadline,
    String score,
    List<CategoryRule> categories,
    List<ChannelRule> channels,
    int reserveSize,
    List<TieBreak> tieBreaks,
    Map<String, Object> sections) {

  /** The tie-breaks of the counting rules, used when a rulebook names none. */
  public static final List<TieBreak> DEFAULT_TIE_BREAKS =
      List.of(TieBreak.COMPLETION, TieBreak.TOTAL, TieBreak.ORG_ID);

  public Rulebook {
    categories = List.copyOf(categories);
    tieBreaks =
        tieBreaks == null || tieBreaks.isEmpty() ? DEFAULT_TIE_BREAKS : List.copyOf(tieBreaks);
    channels = List.copyOf(channels);
    sections = sections == null ? Map.of() : Map.copyOf(sections);
  }

  /** The category with this name. */
  public Optional<CategoryRule> category(String name) {
    return categories.stream().filter(c -> c.name().equals(name)).findFirst();
  }

  /** The channel with this name. */
  public Optional<ChannelRule> channel(String name) {
    return channels.stream().filter(c -> c.name().equals(name)).findFirst();
  }
}
