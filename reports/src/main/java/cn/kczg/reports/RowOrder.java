package cn.kczg.reports;

import cn.kczg.schemas.result.ChannelFill;
import cn.kczg.schemas.result.ChannelList;
import cn.kczg.schemas.result.ChannelStanding;
import cn.kczg.schemas.result.IndicatorForecast;
import cn.kczg.schemas.result.NotSelectedEntry;
import cn.kczg.schemas.result.OrgProgress;
import cn.kczg.schemas.result.ReserveEntry;
import cn.kczg.schemas.result.ShortlistEntry;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/** The one canonical order of every kind of row, so the same data always gives the same file. */
final class RowOrder {
  private final List<String> categories;

  RowOrder(Program program) {
    this.categories = program.categoryNames();
  }

  /** Program categories first in display order, unknown ones after them by name. */
  <T> Comparator<T> byCategory(Function<T, String> category) {
    return Comparator.<T>comparingInt(row -> categoryIndex(category.apply(row)))
        .thenComparing(row -> nullToEmpty(category.apply(row)));
  }

  Comparator<OrgProgress> progress() {
    return byCategory(OrgProgress::category)
        .thenComparingInt(OrgProgress::rankInCategory)
        .thenComparing(OrgProgress::orgId);
  }

  Comparator<ShortlistEntry> shortlist() {
    return byCategory(ShortlistEntry::category)
        .thenComparingInt(ShortlistEntry::rank)
        .thenComparing(ShortlistEntry::orgId);
  }

  Comparator<ReserveEntry> reserve() {
    return byCategory(ReserveEntry::category)
        .thenComparing(Comparator.comparingDouble(ReserveEntry::completion).reversed())
        .thenComparing(ReserveEntry::orgId);
  }

  Comparator<ForecastRow> forecasts() {
    return byCategory(ForecastRow::category).thenComparing(ForecastRow::orgId);
  }

  Comparator<ChannelStanding> channelStandings() {
    return Comparator.comparing(ChannelStanding::channel)
        .thenComparing(byCategory(ChannelStanding::category))
        .thenComparingInt(ChannelStanding::rank)
        .thenComparing(ChannelStanding::orgId);
  }

  Comparator<IndicatorForecast> indicatorForecasts() {
    return byCategory(IndicatorForecast::category)
        .thenComparing(IndicatorForecast::orgId)
        .thenComparing(IndicatorForecast::kind);
  }

  Comparator<NotSelectedEntry> notSelected() {
    return byCategory(NotSelectedEntry::category)
        .thenComparingInt(NotSelectedEntry::rank)
        .thenComparing(NotSelectedEntry::orgId);
  }

  static Comparator<ChannelList> channelLists() {
    return Comparator.comparing(ChannelList::channel);
  }

  static Comparator<ChannelFill> channels() {
    return Comparator.comparing(ChannelFill::channel);
  }

  static Comparator<QuarantineRow> quarantine() {
    return Comparator.comparing(QuarantineRow::file)
        .thenComparingLong(QuarantineRow::line)
        .thenComparing(QuarantineRow::reason)
        .thenComparing(QuarantineRow::raw);
  }

  static Comparator<SnapshotDifference> differences() {
    return Comparator.comparing(SnapshotDifference::orgId).thenComparing(SnapshotDifference::kind);
  }

  /** Ranked flags by rank, then the notes that have none. */
  static Comparator<IntegrityFlag> integrity() {
    return Comparator.comparingInt((IntegrityFlag f) -> f.rank() > 0 ? f.rank() : Integer.MAX_VALUE)
        .thenComparing(IntegrityFlag::check)
        .thenComparing(IntegrityFlag::subject)
        .thenComparing(IntegrityFlag::detail);
  }

  static <T> List<T> sorted(List<T> rows, Comparator<? super T> order) {
    return rows == null ? List.of() : rows.stream().sorted(order).toList();
  }

  private int categoryIndex(String category) {
    int i = categories.indexOf(category);
    return i < 0 ? categories.size() : i;
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }
}
