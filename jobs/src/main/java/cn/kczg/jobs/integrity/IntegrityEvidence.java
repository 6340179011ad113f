package cn.kczg.jobs.integrity;

import cn.kczg.schemas.model.ItemKind;
import java.time.LocalDate;
import java.util.List;

/**
 * The small rows the Spark side of the checks hands to the driver: only groups that may trigger a
 * flag, never all items.
 *
 * @param experts listings of people found under at least the rule's number of organizations ({@link
 *     ExpertIdentity})
 * @param titles groups of copies among same-key titles of one organization and kind ({@link
 *     TitleSeries}: a periodic series splits into its issues)
 * @param days daily counts of (organization, kind) series that hold a possible burst, over the days
 *     the burst check examines and their lookback
 * @param withdrawals items counted in one drop and withdrawn in the next, by organization, kind and
 *     drop pair
 */
public record IntegrityEvidence(
    List<ExpertListing> experts,
    List<TitleCopies> titles,
    List<DayCount> days,
    List<Withdrawal> withdrawals) {

  public IntegrityEvidence {
    experts = List.copyOf(experts);
    titles = List.copyOf(titles);
    days = List.copyOf(days);
    withdrawals = List.copyOf(withdrawals);
  }

  /** Nothing found. */
  public static IntegrityEvidence none() {
    return new IntegrityEvidence(List.of(), List.of(), List.of(), List.of());
  }

  /**
   * One expert id of a person listed under several organizations.
   *
   * @param personKey the person: normalized 姓名|职称|研究领域 of their first listing (by organization and
   *     id), with {@code #2}, {@code #3}… when namesakes share it
   * @param match how the listings were matched: the identifier that agreed ({@code id_number},
   *     {@code phone}, {@code email}) or {@code name} (姓名, 职称 and 研究领域 only); the weakest link when
   *     several joined the person
   */
  public record ExpertListing(
      String personKey,
      String name,
      String position,
      String field,
      String orgId,
      String itemId,
      LocalDate itemDate,
      String match) {

    /** This listing as one of {@code person}'s, matched as {@code how}. */
    ExpertListing asPerson(String person, String how) {
      return new ExpertListing(person, name, position, field, orgId, itemId, itemDate, how);
    }
  }

  /**
   * Items of one organization and kind sharing a title key.
   *
   * @param copies how many items carry the key
   * @param itemIds their ids, sorted (at most {@link IntegrityQuery#MAX_IDS})
   * @param title one of the titles as written, for the sentence
   */
  public record TitleCopies(
      String orgId,
      ItemKind kind,
      String titleKey,
      int copies,
      List<String> itemIds,
      String title) {}

  /**
   * The counted items of one organization and kind dated on one day.
   *
   * @param itemIds their ids when the day is one the burst check examines (at most {@link
   *     IntegrityQuery#MAX_IDS}), else empty
   */
  public record DayCount(
      String orgId, ItemKind kind, LocalDate day, int count, List<String> itemIds) {}

  /**
   * Items of one organization and kind published in the drop of {@code countedOn} and withdrawn in
   * the next drop, of {@code withdrawnOn}.
   *
   * @param items how many
   * @param itemIds their ids, sorted (at most {@link IntegrityQuery#MAX_IDS})
   */
  public record Withdrawal(
      String orgId,
      ItemKind kind,
      LocalDate countedOn,
      LocalDate withdrawnOn,
      int items,
      List<String> itemIds) {}
}
