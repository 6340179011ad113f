package cn.kczg.jobs.programs.rankinglists;

import java.util.List;

/**
 * One accepted nomination row.
 *
 * @param file the nominations file, as shown to people
 * @param line the row's line
 * @param order the submission order (序号), or the line when the file has no 序号
 * @param candidate the nominated technology, enterprise, organization or person
 * @param list the ranking list, one of the rulebook's
 * @param field the field for a list with fields, else ""
 * @param recommender the recommending unit or person
 * @param channels the channels written on the row (not yet checked)
 */
public record Nomination(
    String file,
    long line,
    long order,
    String candidate,
    String list,
    String field,
    String recommender,
    List<String> channels) {
  public Nomination {
    channels = List.copyOf(channels);
  }

  /** The list, with its field when it has one: 先导技术榜/电子信息. */
  public String where() {
    return field.isEmpty() ? list : list + "/" + field;
  }
}
