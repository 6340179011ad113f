package cn.kczg.jobs.programs.rankinglists;

import cn.kczg.jobs.programs.InputRow;
import java.time.LocalDateTime;
import java.util.List;

/**
 * One accepted nomination row.
 *
 * @param row the row, for the form's optional fields and for messages
 * @param order the submission order (序号), or the line when the file has no 序号
 * @param candidate the nominated technology, enterprise, organization or person
 * @param list the ranking list, one of the rulebook's
 * @param field the field for a list with fields, else ""
 * @param recommender the recommending unit or person
 * @param channels the channels written on the row (not yet checked)
 * @param submittedAt when the nomination reached the recommender's secretariat, or null
 */
public record Nomination(
    InputRow row,
    long order,
    String candidate,
    String list,
    String field,
    String recommender,
    List<String> channels,
    LocalDateTime submittedAt) {
  public Nomination {
    channels = List.copyOf(channels);
  }

  /** The nominations file, as shown to people. */
  public String file() {
    return row.file();
  }

  /** The row's line. */
  public long line() {
    return row.line();
  }

  /** The list, with its field when it has one: 先导技术榜/电子信息. */
  public String where() {
    return field.isEmpty() ? list : list + "/" + field;
  }
}
