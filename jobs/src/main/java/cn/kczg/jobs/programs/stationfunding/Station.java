package cn.kczg.jobs.programs.stationfunding;

import java.time.LocalDate;

/**
 * One accepted row of the station list.
 *
 * @param file the list, as shown to people
 * @param line the row's line
 * @param name the station's name
 * @param level its level, one of the rulebook's levels (e.g. 国家级)
 * @param host the unit that hosts it (建站单位)
 * @param founded the day it was founded (建站时间)
 * @param chain the industry chain as written
 * @param knownChain true when the chain is one of the rulebook's
 * @param assessment the assessment result, one of the rulebook's three
 */
public record Station(
    String file,
    long line,
    String name,
    String level,
    String host,
    LocalDate founded,
    String chain,
    boolean knownChain,
    String assessment) {}
