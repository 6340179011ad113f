package cn.kczg.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The committed city sample holds every edge case the counting rules decide, read as raw rows. */
final class CitySampleEdgeCasesTest {
  private static final Path INBOX = CitySampleTest.INBOX;
  private static final List<String> DROPS =
      List.of("2022-06-20", "2022-06-27", "2022-07-04", "2022-07-11");
  private static final List<String> TIME_COLUMNS = List.of("入驻时间", "发布时间", "发布时间", "发布时间", "举办时间");

  @Test
  void everyFileHasTheExactHeaderAndUnquotedCells() throws IOException {
    Map<String, String> headers =
        Map.of(
            "专家.csv",
            "专家ID,姓名,职称,研究领域,所属机构,平台账号,入驻时间,状态",
            "成果.csv",
            "成果ID,成果名称,领域,发布机构,平台账号,发布时间,状态",
            "需求.csv",
            "需求ID,需求名称,领域,发布机构,平台账号,发布时间,状态",
            "资讯.csv",
            "资讯ID,标题,发布机构,平台账号,发布时间,状态",
            "活动.csv",
            "活动ID,活动名称,活动类型,形式,主办机构,平台账号,举办时间,状态",
            "机构名录.csv",
            "机构编码,机构名称,平台账号,机构类型,办学层次,所属县市区,推荐渠道,入驻时间,负责人,联系人,联系电话,科协成立时间,科协主席,"
                + String.join(",", OrgProfiles.HEADER));
    List<Path> files = CitySampleTest.files(INBOX);
    assertThat(files).hasSize(4 * 5 + 2);
    for (Path file : files) {
      List<String> lines = Files.readAllLines(INBOX.resolve(file));
      assertThat(lines.get(0))
          .as(file.toString())
          .isEqualTo(headers.get(file.getFileName().toString()));
      int width = lines.get(0).split(",", -1).length;
      assertThat(lines)
          .as(file.toString())
          .allMatch(line -> line.split(",", -1).length == width)
          .noneMatch(line -> line.contains("\""));
    }
  }

  @Test
  void noDropCarriesAnItemDatedAfterItAndEachCarriesItsOwnWeek() {
    for (String drop : DROPS) {
      LocalDate day = LocalDate.parse(drop);
      List<LocalDate> dates = new ArrayList<>();
      for (int kind = 0; kind < 5; kind++) {
        for (Map<String, String> row : rows(drop, kind)) {
          ReferenceCounter.parseDay(row.get(TIME_COLUMNS.get(kind))).ifPresent(dates::add);
        }
      }
      assertThat(dates)
          .as(drop)
          .allMatch(d -> !d.isAfter(day))
          .anyMatch(d -> d.isAfter(day.minusDays(7)));
    }
  }

  @Test
  void statusesIncludePendingWithdrawnAndBlank() {
    Set<String> statuses = new HashSet<>();
    for (int kind = 0; kind < 5; kind++) {
      rows("2022-07-11", kind).forEach(row -> statuses.add(row.get("状态")));
    }
    assertThat(statuses).containsExactlyInAnyOrder("已发布", "待审核", "已下架", "");
  }

  @Test
  void someItemsAreWithdrawnLaterAndSomeArePublishedAfterReview() {
    Map<String, String> first = statusById("2022-06-27", 1);
    Map<String, String> last = statusById("2022-07-11", 1);
    assertThat(first.keySet())
        .anyMatch(id -> "已发布".equals(first.get(id)) && "已下架".equals(last.get(id)));
    Map<String, String> firstDemands = statusById("2022-06-20", 2);
    Map<String, String> lastDemands = statusById("2022-07-11", 2);
    assertThat(firstDemands.keySet())
        .anyMatch(id -> "待审核".equals(firstDemands.get(id)) && "已发布".equals(lastDemands.get(id)));
  }

  @Test
  void oneDropCarriesAnItemTwiceWithConflictingStates() {
    Map<String, Set<String>> states = new HashMap<>();
    rows("2022-07-11", 2)
        .forEach(
            row ->
                states.computeIfAbsent(row.get("需求ID"), id -> new HashSet<>()).add(row.get("状态")));
    assertThat(states.values()).anyMatch(s -> s.containsAll(Set.of("已发布", "已下架")));
  }

  @Test
  void datesComeInAllFourFormatsAndSomeAreUnreadable() {
    List<String> texts = new ArrayList<>();
    rows("2022-07-11", 3).forEach(row -> texts.add(row.get("发布时间")));
    rows("2022-07-11", 1).forEach(row -> texts.add(row.get("发布时间")));
    assertThat(texts)
        .anyMatch(t -> t.matches("\\d{4}-\\d{2}-\\d{2}"))
        .anyMatch(t -> t.matches("\\d{4}/\\d{1,2}/\\d{1,2}"))
        .anyMatch(t -> t.matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}"))
        .anyMatch(t -> t.matches("\\d{4}年\\d{1,2}月\\d{1,2}日"))
        .contains("下周");
  }

  @Test
  void orgCellsVaryInSpellingAndSomeRowsAreUnusable() {
    Map<String, ReferenceCounter.Org> registry =
        new ReferenceCounter(INBOX).registry(LocalDate.of(2022, 7, 11));
    Set<String> names = new HashSet<>();
    Set<String> normalized = new HashSet<>();
    Set<String> accounts = new HashSet<>();
    registry
        .values()
        .forEach(
            org -> {
              names.add(org.name());
              normalized.add(ReferenceCounter.normalize(org.name()));
              accounts.add(org.account());
            });
    List<Map<String, String>> news = rows("2022-07-11", 3);
    assertThat(news)
        .anyMatch(
            r ->
                r.get("平台账号").isEmpty()
                    && !names.contains(r.get("发布机构"))
                    && normalized.contains(ReferenceCounter.normalize(r.get("发布机构"))))
        .anyMatch(
            r ->
                accounts.contains(r.get("平台账号"))
                    && !r.get("平台账号").isEmpty()
                    && !normalized.contains(ReferenceCounter.normalize(r.get("发布机构"))))
        .anyMatch(
            r ->
                r.get("平台账号").isEmpty()
                    && !normalized.contains(ReferenceCounter.normalize(r.get("发布机构"))));
    assertThat(rows("2022-07-11", 2)).anyMatch(r -> r.get("需求ID").isEmpty());
  }

  private static Map<String, String> statusById(String drop, int kind) {
    String idColumn = List.of("专家ID", "成果ID", "需求ID", "资讯ID", "活动ID").get(kind);
    Map<String, String> statuses = new HashMap<>();
    rows(drop, kind).forEach(row -> statuses.put(row.get(idColumn), row.get("状态")));
    return statuses;
  }

  private static List<Map<String, String>> rows(String drop, int kind) {
    return ReferenceCounter.rows(INBOX.resolve(drop).resolve(ReferenceCounter.FILES.get(kind)));
  }
}
