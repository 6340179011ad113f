package cn.kczg.reports;

import static java.util.Objects.requireNonNull;

import cn.kczg.schemas.messages.Language;
import cn.kczg.schemas.messages.Messages;
import cn.kczg.schemas.result.ChannelFill;
import cn.kczg.schemas.result.ChannelList;
import cn.kczg.schemas.result.ChannelStanding;
import cn.kczg.schemas.result.IndicatorForecast;
import cn.kczg.schemas.result.NotSelectedEntry;
import cn.kczg.schemas.result.OrgProgress;
import cn.kczg.schemas.result.ReserveEntry;
import cn.kczg.schemas.result.ShortlistEntry;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * Everything one output folder shows for one program as of one date. Lists are copied and put in
 * their canonical order on construction (categories in program order, then rank, then org id), so
 * every writer sees the same rows in the same order whatever order the jobs produced.
 *
 * <p>Build it with {@link #of} and add the optional sections with the {@code with…} methods; new
 * sections arrive as new {@code with…} methods, so callers keep compiling:
 *
 * <pre>{@code
 * ReportModel model =
 *     ReportModel.of(Program.of(rulebook), asOf, previousAsOf, progress, shortlist, fills, reserve)
 *         .withContacts(contactsByOrgId)
 *         .withQuarantine(quarantineRows);
 * }</pre>
 *
 * @param program the program: id, title, notice, categories and quotas
 * @param asOf the date the figures are as of
 * @param previousAsOf the previous as-of date the rank changes compare with, or null
 * @param progress one row per organization
 * @param shortlist the candidate shortlist
 * @param channels how full each recommending channel is
 * @param reserve near-qualifying organizations with what each lacks
 * @param contacts registry people fields by org id, for the official forms (may be empty)
 * @param quarantine rows set aside instead of counted (may be empty)
 * @param differences differences from the platform snapshot (may be empty)
 * @param weeklyTotals city-wide totals per week for the trend chart (may be empty)
 * @param forecasts projections to the deadline (may be empty)
 * @param integrityFlags findings of consistency checks (may be empty)
 * @param previousProgress every organization's row as of {@code previousAsOf}, for the changes
 *     since last week (may be empty: no changes are shown then)
 * @param channelStandings league tables per recommending channel (may be empty)
 * @param indicatorForecasts projections per organization and indicator (may be empty)
 * @param recommendations each channel's recommendation list, stage 1 of the selection (may be
 *     empty: the forms then list each channel's shortlisted organizations)
 * @param notSelected qualifying organizations not selected (达标未入选), with why (may be empty)
 * @param weeklyStandings which organizations met every target at each week's date (may be empty)
 * @param language the language every text of the outputs is written in
 */
public record ReportModel(
    Program program,
    LocalDate asOf,
    LocalDate previousAsOf,
    List<OrgProgress> progress,
    List<ShortlistEntry> shortlist,
    List<ChannelFill> channels,
    List<ReserveEntry> reserve,
    Map<String, OrgContact> contacts,
    List<QuarantineRow> quarantine,
    List<SnapshotDifference> differences,
    List<WeeklyTotal> weeklyTotals,
    List<ForecastRow> forecasts,
    List<IntegrityFlag> integrityFlags,
    List<OrgProgress> previousProgress,
    List<ChannelStanding> channelStandings,
    List<IndicatorForecast> indicatorForecasts,
    List<ChannelList> recommendations,
    List<NotSelectedEntry> notSelected,
    List<WeeklyStanding> weeklyStandings,
    Language language) {

  public ReportModel {
    requireNonNull(program, "program is null");
    requireNonNull(asOf, "asOf is null");
    RowOrder order = new RowOrder(program);
    progress = RowOrder.sorted(progress, order.progress());
    shortlist = RowOrder.sorted(shortlist, order.shortlist());
    channels = RowOrder.sorted(channels, RowOrder.channels());
    reserve = RowOrder.sorted(reserve, order.reserve());
    contacts = contacts == null ? Map.of() : new TreeMap<>(contacts);
    quarantine = RowOrder.sorted(quarantine, RowOrder.quarantine());
    differences = RowOrder.sorted(differences, RowOrder.differences());
    weeklyTotals = RowOrder.sorted(weeklyTotals, Comparator.comparing(WeeklyTotal::week));
    forecasts = RowOrder.sorted(forecasts, order.forecasts());
    integrityFlags = RowOrder.sorted(integrityFlags, RowOrder.integrity());
    previousProgress = RowOrder.sorted(previousProgress, order.progress());
    channelStandings = RowOrder.sorted(channelStandings, order.channelStandings());
    indicatorForecasts = RowOrder.sorted(indicatorForecasts, order.indicatorForecasts());
    recommendations = RowOrder.sorted(recommendations, RowOrder.channelLists());
    notSelected = RowOrder.sorted(notSelected, order.notSelected());
    weeklyStandings = RowOrder.sorted(weeklyStandings, Comparator.comparing(WeeklyStanding::week));
    language = language == null ? Language.ZH : language;
  }

  /**
   * A model with the required sections and every optional one empty, in the process's current
   * language ({@link Messages#current()}).
   */
  public static ReportModel of(
      Program program,
      LocalDate asOf,
      LocalDate previousAsOf,
      List<OrgProgress> progress,
      List<ShortlistEntry> shortlist,
      List<ChannelFill> channels,
      List<ReserveEntry> reserve) {
    return new ReportModel(
        program,
        asOf,
        previousAsOf,
        progress,
        shortlist,
        channels,
        reserve,
        Map.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        Messages.current().language());
  }

  /** The texts of the model's language. */
  public Messages messages() {
    return Messages.of(language);
  }

  /** A copy in another language. */
  public ReportModel withLanguage(Language other) {
    return with(p -> p.language = other);
  }

  /** A copy with the registry people fields, by org id. */
  public ReportModel withContacts(Map<String, OrgContact> byOrgId) {
    return with(p -> p.contacts = byOrgId);
  }

  /** A copy with the quarantined rows. */
  public ReportModel withQuarantine(List<QuarantineRow> rows) {
    return with(p -> p.quarantine = rows);
  }

  /** A copy with the differences from the platform snapshot. */
  public ReportModel withDifferences(List<SnapshotDifference> rows) {
    return with(p -> p.differences = rows);
  }

  /** A copy with the weekly city-wide totals. */
  public ReportModel withWeeklyTotals(List<WeeklyTotal> rows) {
    return with(p -> p.weeklyTotals = rows);
  }

  /** A copy with the forecast rows. */
  public ReportModel withForecasts(List<ForecastRow> rows) {
    return with(p -> p.forecasts = rows);
  }

  /** A copy with the integrity findings. */
  public ReportModel withIntegrityFlags(List<IntegrityFlag> rows) {
    return with(p -> p.integrityFlags = rows);
  }

  /** A copy with every organization's row as of the previous as-of date. */
  public ReportModel withPreviousProgress(List<OrgProgress> rows) {
    return with(p -> p.previousProgress = rows);
  }

  /** A copy with the league tables per recommending channel. */
  public ReportModel withChannelStandings(List<ChannelStanding> rows) {
    return with(p -> p.channelStandings = rows);
  }

  /** A copy with the projections per organization and indicator. */
  public ReportModel withIndicatorForecasts(List<IndicatorForecast> rows) {
    return with(p -> p.indicatorForecasts = rows);
  }

  /** A copy with the two stages of the selection: channel lists and the not-selected. */
  public ReportModel withSelectionStages(
      List<ChannelList> channelLists, List<NotSelectedEntry> notSelectedRows) {
    return with(
        p -> {
          p.recommendations = channelLists;
          p.notSelected = notSelectedRows;
        });
  }

  /** A copy with which organizations met every target at each week's date. */
  public ReportModel withWeeklyStandings(List<WeeklyStanding> rows) {
    return with(p -> p.weeklyStandings = rows);
  }

  /**
   * The same report for one recommending channel: only its organizations (progress, lists,
   * forecasts, flags, quarantine rows that would count for them, standings), its own channel line
   * and recommendation list; the city-wide trend of published items is left out. A county
   * association's mail and workbook are made from it.
   */
  public ReportModel forChannel(String channel) {
    return ChannelView.of(this, channel);
  }

  private ReportModel with(Consumer<Parts> change) {
    Parts parts = new Parts(this);
    change.accept(parts);
    return parts.build();
  }

  /** The sections of a model while a copy is made ({@link #with}). */
  static final class Parts {
    Program program;
    LocalDate asOf;
    LocalDate previousAsOf;
    List<OrgProgress> progress;
    List<ShortlistEntry> shortlist;
    List<ChannelFill> channels;
    List<ReserveEntry> reserve;
    Map<String, OrgContact> contacts;
    List<QuarantineRow> quarantine;
    List<SnapshotDifference> differences;
    List<WeeklyTotal> weeklyTotals;
    List<ForecastRow> forecasts;
    List<IntegrityFlag> integrityFlags;
    List<OrgProgress> previousProgress;
    List<ChannelStanding> channelStandings;
    List<IndicatorForecast> indicatorForecasts;
    List<ChannelList> recommendations;
    List<NotSelectedEntry> notSelected;
    List<WeeklyStanding> weeklyStandings;
    Language language;

    Parts(ReportModel m) {
      program = m.program;
      asOf = m.asOf;
      previousAsOf = m.previousAsOf;
      progress = m.progress;
      shortlist = m.shortlist;
      channels = m.channels;
      reserve = m.reserve;
      contacts = m.contacts;
      quarantine = m.quarantine;
      differences = m.differences;
      weeklyTotals = m.weeklyTotals;
      forecasts = m.forecasts;
      integrityFlags = m.integrityFlags;
      previousProgress = m.previousProgress;
      channelStandings = m.channelStandings;
      indicatorForecasts = m.indicatorForecasts;
      recommendations = m.recommendations;
      notSelected = m.notSelected;
      weeklyStandings = m.weeklyStandings;
      language = m.language;
    }

    ReportModel build() {
      return new ReportModel(
          program,
          asOf,
          previousAsOf,
          progress,
          shortlist,
          channels,
          reserve,
          contacts,
          quarantine,
          differences,
          weeklyTotals,
          forecasts,
          integrityFlags,
          previousProgress,
          channelStandings,
          indicatorForecasts,
          recommendations,
          notSelected,
          weeklyStandings,
          language);
    }
  }

  /**
   * Each channel's recommendation list: the stage-1 lists when the model has them, else (a model
   * built without them) its shortlisted organizations up to its slots.
   */
  public List<ChannelList> channelLists() {
    if (!recommendations.isEmpty()) {
      return recommendations;
    }
    java.util.Map<String, Integer> slots = new java.util.TreeMap<>();
    channels.forEach(c -> slots.put(c.channel(), c.slots()));
    shortlist.forEach(s -> slots.putIfAbsent(s.channel(), 0));
    return slots.entrySet().stream()
        .map(
            e -> {
              List<ShortlistEntry> listed =
                  shortlist.stream().filter(s -> s.channel().equals(e.getKey())).toList();
              int n = e.getValue() > 0 ? e.getValue() : listed.size();
              return new ChannelList(
                  e.getKey(), n, listed.stream().limit(n).toList(), List.<ReserveEntry>of());
            })
        .filter(l -> l.slots() > 0)
        .toList();
  }

  /** The contact of an organization, or an empty one when the registry has none. */
  public OrgContact contact(String orgId) {
    return contacts.getOrDefault(orgId, OrgContact.unknown(orgId));
  }

  /** Category names in display order: the program's, then any others the rows carry. */
  public List<String> categories() {
    Set<String> names = new LinkedHashSet<>(program.categoryNames());
    progress.stream().map(OrgProgress::category).filter(Objects::nonNull).forEach(names::add);
    shortlist.stream().map(ShortlistEntry::category).filter(Objects::nonNull).forEach(names::add);
    return List.copyOf(names);
  }
}
