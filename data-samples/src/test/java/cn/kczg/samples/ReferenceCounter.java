package cn.kczg.samples;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * An independent, deliberately simple reading of counting-rules.md over an inbox of the generator's
 * CSV files (it shares no code with the generator). As of a day D:
 *
 * <ol>
 *   <li>the registry in force is the newest 机构名录.csv in a drop dated on or before D;
 *   <li>for each (kind, id) the rows of the latest drop on or before D win; within that drop a
 *       non-published row wins over a published one; rows without an id are skipped;
 *   <li>the item counts when that state is 已发布 and its time parses to a day on or before D;
 *   <li>it belongs to the organization of its 平台账号, else to the one whose normalized name (NFKC,
 *       white space removed) equals the row's; otherwise to nobody;
 *   <li>each (kind, id) counts once.
 * </ol>
 */
final class ReferenceCounter {
  /** Kinds in the order experts, achievements, demands, news, activities. */
  static final List<String> FILES = List.of("专家.csv", "成果.csv", "需求.csv", "资讯.csv", "活动.csv");

  private static final List<String> ID_COLUMNS = List.of("专家ID", "成果ID", "需求ID", "资讯ID", "活动ID");
  private static final List<String> ORG_COLUMNS = List.of("所属机构", "发布机构", "发布机构", "发布机构", "主办机构");
  private static final List<String> TIME_COLUMNS = List.of("入驻时间", "发布时间", "发布时间", "发布时间", "举办时间");
  private static final Pattern DAY = Pattern.compile("^(\\d{4})[-/年](\\d{1,2})[-/月](\\d{1,2})");

  /** One registry row, as far as the tests need it. */
  record Org(
      String code, String name, String account, String category, String level, String channel) {}

  /** The winning row of one (kind, id) as of a day. */
  private record State(LocalDate drop, Map<String, String> row) {}

  private final TreeMap<LocalDate, Path> drops = new TreeMap<>();
  private final Map<LocalDate, Map<String, int[]>> countsByDay = new HashMap<>();

  ReferenceCounter(Path inbox) {
    try (Stream<Path> folders = Files.list(inbox)) {
      folders.forEach(
          folder ->
              drops.put(LocalDate.parse(folder.getFileName().toString().substring(0, 10)), folder));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The registry in force on the day, by org code, in file order. */
  Map<String, Org> registry(LocalDate day) {
    Path file =
        drops.headMap(day, true).descendingMap().values().stream()
            .map(folder -> folder.resolve("机构名录.csv"))
            .filter(Files::exists)
            .findFirst()
            .orElseThrow();
    Map<String, Org> orgs = new LinkedHashMap<>();
    for (Map<String, String> r : rows(file)) {
      orgs.put(
          r.get("机构编码"),
          new Org(
              r.get("机构编码"),
              r.get("机构名称"),
              r.get("平台账号"),
              r.get("机构类型"),
              r.get("办学层次"),
              r.get("推荐渠道")));
    }
    return orgs;
  }

  /** Counts per org code (five kinds each) as of the day; orgs with nothing are absent. */
  Map<String, int[]> counts(LocalDate day) {
    return countsByDay.computeIfAbsent(day, this::count);
  }

  private Map<String, int[]> count(LocalDate day) {
    Map<String, Org> registry = registry(day);
    Map<String, String> byAccount = new HashMap<>();
    Map<String, String> byName = new HashMap<>();
    registry
        .values()
        .forEach(
            org -> {
              if (!org.account().isEmpty()) {
                byAccount.put(org.account(), org.code());
              }
              byName.put(normalize(org.name()), org.code());
            });
    Map<String, int[]> counts = new HashMap<>();
    for (int kind = 0; kind < FILES.size(); kind++) {
      for (State state : latestStates(kind, day).values()) {
        Map<String, String> row = state.row();
        Optional<LocalDate> time = parseDay(row.get(TIME_COLUMNS.get(kind)));
        if (!"已发布".equals(row.get("状态")) || time.isEmpty() || time.get().isAfter(day)) {
          continue;
        }
        String code = byAccount.get(row.get("平台账号"));
        if (code == null) {
          code = byName.get(normalize(row.get(ORG_COLUMNS.get(kind))));
        }
        if (code != null) {
          counts.computeIfAbsent(code, c -> new int[FILES.size()])[kind]++;
        }
      }
    }
    return counts;
  }

  private Map<String, State> latestStates(int kind, LocalDate day) {
    Map<String, State> states = new HashMap<>();
    for (Map.Entry<LocalDate, Path> drop : drops.headMap(day, true).entrySet()) {
      for (Map<String, String> row : rows(drop.getValue().resolve(FILES.get(kind)))) {
        String id = row.get(ID_COLUMNS.get(kind));
        if (id.isBlank()) {
          continue;
        }
        State old = states.get(id);
        boolean newerDrop = old == null || old.drop().isBefore(drop.getKey());
        boolean cautious =
            old != null
                && old.drop().equals(drop.getKey())
                && "已发布".equals(old.row().get("状态"))
                && !"已发布".equals(row.get("状态"));
        if (newerDrop || cautious) {
          states.put(id, new State(drop.getKey(), row));
        }
      }
    }
    return states;
  }

  /** Every data row of a CSV file as column → cell (the generator never quotes). */
  static List<Map<String, String>> rows(Path file) {
    try {
      List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      String[] header = lines.get(0).split(",", -1);
      List<Map<String, String>> rows = new ArrayList<>();
      for (String line : lines.subList(1, lines.size())) {
        String[] cells = line.split(",", -1);
        Map<String, String> row = new HashMap<>();
        for (int i = 0; i < header.length; i++) {
          row.put(header[i], cells[i]);
        }
        rows.add(row);
      }
      return rows;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Optional<LocalDate> parseDay(String text) {
    Matcher m = DAY.matcher(text);
    if (!m.find()) {
      return Optional.empty();
    }
    return Optional.of(
        LocalDate.of(
            Integer.parseInt(m.group(1)),
            Integer.parseInt(m.group(2)),
            Integer.parseInt(m.group(3))));
  }

  static String normalize(String name) {
    String nfkc = Normalizer.normalize(name, Normalizer.Form.NFKC);
    StringBuilder out = new StringBuilder();
    nfkc.codePoints()
        .filter(cp -> !Character.isWhitespace(cp) && !Character.isSpaceChar(cp))
        .forEach(out::appendCodePoint);
    return out.toString();
  }
}
