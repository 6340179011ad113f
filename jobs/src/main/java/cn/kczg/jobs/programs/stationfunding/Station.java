package cn.kczg.jobs.programs.stationfunding;

import cn.kczg.jobs.programs.InputRow;
import java.time.LocalDate;

/**
 * One accepted row of the station list.
 *
 * @param row the row, for the forms' optional fields (负责人, 办公地址 …) and for messages
 * @param name the station's name
 * @param level its level, one of the rulebook's levels (e.g. 国家级)
 * @param host the unit that hosts it (建站单位)
 * @param hostType the host's type (e.g. 市级学会), or "" when not given
 * @param founded the day it was founded (建站时间)
 * @param chain the industry chain as written
 * @param knownChain true when the chain is one of the rulebook's
 * @param assessment the assessment result, one of the rulebook's three
 * @param assessedOn the day of the assessment, or null when not given
 */
public record Station(
    InputRow row,
    String name,
    String level,
    String host,
    String hostType,
    LocalDate founded,
    String chain,
    boolean knownChain,
    String assessment,
    LocalDate assessedOn) {

  /** The list file, as shown to people. */
  public String file() {
    return row.file();
  }

  /** The row's line. */
  public long line() {
    return row.line();
  }
}
