package cn.kczg.reports;

import cn.kczg.schemas.result.OrgProgress;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * One recommending channel's share of a model ({@link ReportModel#forChannel}): every row of an
 * organization the channel recommends for, and the channel's own lines. Rows that belong to no
 * organization of the channel, and the city-wide totals of published items, are left out.
 */
final class ChannelView {
  private ChannelView() {}

  static ReportModel of(ReportModel m, String channel) {
    Set<String> ids =
        m.progress().stream()
            .filter(p -> channel.equals(p.channel()))
            .map(OrgProgress::orgId)
            .collect(Collectors.toSet());
    Map<String, OrgContact> contacts = new TreeMap<>(m.contacts());
    contacts.keySet().retainAll(ids);
    return new ReportModel(
        m.program(),
        m.asOf(),
        m.previousAsOf(),
        keep(m.progress(), p -> channel.equals(p.channel())),
        keep(m.shortlist(), s -> channel.equals(s.channel())),
        keep(m.channels(), c -> channel.equals(c.channel())),
        keep(m.reserve(), r -> channel.equals(r.channel())),
        contacts,
        keep(m.quarantine(), q -> q.orgId() != null && ids.contains(q.orgId())),
        keep(m.differences(), d -> ids.contains(d.orgId())),
        List.of(),
        keep(m.forecasts(), f -> ids.contains(f.orgId())),
        keep(m.integrityFlags(), f -> ids.contains(f.subject())),
        keep(m.previousProgress(), p -> ids.contains(p.orgId())),
        keep(m.channelStandings(), s -> channel.equals(s.channel())),
        keep(m.indicatorForecasts(), f -> ids.contains(f.orgId())),
        keep(m.recommendations(), l -> channel.equals(l.channel())),
        keep(m.notSelected(), n -> channel.equals(n.channel())),
        m.weeklyStandings().stream()
            .map(w -> new WeeklyStanding(w.week(), keep(w.meetingAll(), ids::contains)))
            .toList(),
        m.language());
  }

  private static <T> List<T> keep(List<T> rows, Predicate<T> wanted) {
    return rows.stream().filter(wanted).toList();
  }
}
