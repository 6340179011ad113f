package cn.kczg.schemas.model;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The optional registry fields the official forms need and the figures do not: the leader's post,
 * the organization's introduction, and its 科协's officers. Any of them may be empty.
 *
 * @param leaderTitle 负责人职务(职称)
 * @param introduction 简介
 * @param officers 主席, 副主席 and 秘书长, in that order, as far as the registry names them
 */
public record OrgProfile(String leaderTitle, String introduction, List<Officer> officers)
    implements Serializable {
  /** What separates several people in one registry cell, e.g. 副主席 "王强、李娜". */
  private static final Pattern SEPARATOR = Pattern.compile("[、;；,，/]");

  public OrgProfile {
    leaderTitle = leaderTitle == null ? "" : leaderTitle.strip();
    introduction = introduction == null ? "" : introduction.strip();
    officers = List.copyOf(officers);
  }

  /** A profile with nothing in it. */
  public static OrgProfile empty() {
    return new OrgProfile("", "", List.of());
  }

  /**
   * The officers of one office from three registry cells; several people in one cell are separated
   * by 、 ; ， or /, and the n-th post and phone belong to the n-th name.
   *
   * <p>Example: {@code officers("副主席", "王强、李娜", "总工程师、研发部部长", "13800000001")} gives 王强 (总工程师,
   * 13800000001) and 李娜 (研发部部长, no phone).
   */
  public static List<Officer> officers(String office, String names, String posts, String phones) {
    List<String> n = split(names);
    List<String> p = split(posts);
    List<String> t = split(phones);
    List<Officer> out = new ArrayList<>();
    for (int i = 0; i < n.size(); i++) {
      out.add(new Officer(office, n.get(i), at(p, i), at(t, i)));
    }
    return out;
  }

  private static List<String> split(String cell) {
    if (cell == null || cell.isBlank()) {
      return List.of();
    }
    return List.of(SEPARATOR.split(cell.strip())).stream()
        .map(String::strip)
        .filter(s -> !s.isEmpty())
        .toList();
  }

  private static String at(List<String> values, int i) {
    return i < values.size() ? values.get(i) : "";
  }
}
