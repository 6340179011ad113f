package cn.kczg.jobs.selection;

import cn.kczg.schemas.result.ChannelFill;
import cn.kczg.schemas.result.ChannelList;
import cn.kczg.schemas.result.NotSelectedEntry;
import cn.kczg.schemas.result.ReserveEntry;
import cn.kczg.schemas.result.ShortlistEntry;
import java.util.List;

/**
 * The outcome of selecting candidates in the notice's two stages.
 *
 * @param shortlist the city's selection (stage 2), by category then rank
 * @param channels the fill of every channel's slots, in rulebook order
 * @param reserve closest non-qualifying organizations per category, with what each lacks
 * @param notes apportionment ties broken, ties at a quota's cut, qualifying organizations no
 *     channel can recommend
 * @param recommendations every channel's recommendation list (stage 1), in rulebook order
 * @param notSelected every qualifying organization left out (达标未入选), with the stage, the slots or
 *     quota that cut it and the tie-break applied
 */
public record Selection(
    List<ShortlistEntry> shortlist,
    List<ChannelFill> channels,
    List<ReserveEntry> reserve,
    List<String> notes,
    List<ChannelList> recommendations,
    List<NotSelectedEntry> notSelected) {
  public Selection {
    shortlist = List.copyOf(shortlist);
    channels = List.copyOf(channels);
    reserve = List.copyOf(reserve);
    notes = List.copyOf(notes);
    recommendations = List.copyOf(recommendations);
    notSelected = List.copyOf(notSelected);
  }
}
