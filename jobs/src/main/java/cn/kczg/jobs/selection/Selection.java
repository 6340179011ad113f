package cn.kczg.jobs.selection;

import cn.kczg.schemas.result.ChannelFill;
import cn.kczg.schemas.result.ReserveEntry;
import cn.kczg.schemas.result.ShortlistEntry;
import java.util.List;

/**
 * The outcome of selecting candidates under a program's quotas.
 *
 * @param shortlist chosen organizations, by category then rank
 * @param channels the fill of every channel's quota, in rulebook order
 * @param reserve closest non-qualifying organizations per category, with what each lacks
 * @param notes apportionment ties broken
 */
public record Selection(
    List<ShortlistEntry> shortlist,
    List<ChannelFill> channels,
    List<ReserveEntry> reserve,
    List<String> notes) {}
