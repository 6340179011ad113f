package cn.kczg.reports.summary;

import cn.kczg.reports.ReportModel;
import cn.kczg.schemas.result.ChannelStanding;
import cn.kczg.schemas.result.OrgProgress;
import cn.kczg.schemas.result.ShortlistEntry;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A row of a channel's league table: the standing joined with the organization's figures and
 * whether it is on the shortlist.
 *
 * @param standing its place in (channel, category) and the previous place
 * @param progress its figures
 * @param shortlisted on the shortlist
 */
public record ChannelPlace(ChannelStanding standing, OrgProgress progress, boolean shortlisted) {
  /** Every standing of the model whose organization has a progress row, in the model's order. */
  public static List<ChannelPlace> of(ReportModel model) {
    Map<String, OrgProgress> byId =
        model.progress().stream()
            .collect(Collectors.toMap(OrgProgress::orgId, Function.identity(), (a, b) -> a));
    Set<String> shortlisted =
        model.shortlist().stream().map(ShortlistEntry::orgId).collect(Collectors.toSet());
    return model.channelStandings().stream()
        .filter(s -> byId.containsKey(s.orgId()))
        .map(s -> new ChannelPlace(s, byId.get(s.orgId()), shortlisted.contains(s.orgId())))
        .toList();
  }
}
