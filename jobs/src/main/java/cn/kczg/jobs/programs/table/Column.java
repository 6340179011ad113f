package cn.kczg.jobs.programs.table;

import java.util.List;

/**
 * An input column: the name shown in messages and outputs, and every header text accepted for it
 * (compared after NFKC, without white space, ignoring case).
 *
 * @param name the preferred header text, e.g. 服务站名称
 * @param aliases every accepted header text, the preferred one first
 */
public record Column(String name, List<String> aliases) {
  public Column {
    aliases = List.copyOf(aliases);
  }

  /** A column known by {@code name} and the further {@code aliases}. */
  public static Column of(String name, String... aliases) {
    List<String> all = new java.util.ArrayList<>();
    all.add(name);
    all.addAll(List.of(aliases));
    return new Column(name, all);
  }
}
