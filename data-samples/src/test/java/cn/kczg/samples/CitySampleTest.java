package cn.kczg.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The committed city sample: its pinned counts, its figures, and that it is reproducible. */
final class CitySampleTest {
  static final Path SAMPLE = Path.of("hengyang-2022");
  static final Path INBOX = SAMPLE.resolve("inbox");
  private static final LocalDate LAST = LocalDate.of(2022, 7, 11);

  private final ReferenceCounter counter = new ReferenceCounter(INBOX);

  @Test
  void pinnedOrganizationsHaveTheirExpectedCounts() {
    List<Map<String, String>> expected = ReferenceCounter.rows(SAMPLE.resolve("expected.csv"));
    assertThat(expected).hasSizeGreaterThanOrEqualTo(16);
    for (Map<String, String> row : expected) {
      LocalDate day = LocalDate.parse(row.get("as_of"));
      int[] counts = counter.counts(day).getOrDefault(row.get("org_code"), new int[5]);
      int[] wanted = {
        number(row, "experts"),
        number(row, "achievements"),
        number(row, "demands"),
        number(row, "news"),
        number(row, "activities")
      };
      assertThat(counts)
          .as("%s %s as of %s", row.get("org_code"), row.get("org_name"), day)
          .containsExactly(wanted);
      ReferenceCounter.Org org = counter.registry(LAST).get(row.get("org_code"));
      assertThat(org.name()).isEqualTo(row.get("org_name"));
      assertThat(Targets.meetsAll(counts, Targets.of(org)))
          .as("%s meets all as of %s", org.name(), day)
          .isEqualTo(Boolean.parseBoolean(row.get("meets_all_targets")));
    }
  }

  @Test
  void enterpriseQuotaAndSeveralChannelCapsBindAtTheLastDrop() {
    Map<String, Integer> qualifyingPerChannel = qualifyingPerChannel("企业");
    int qualifying = qualifyingPerChannel.values().stream().mapToInt(Integer::intValue).sum();
    int fillable = qualifyingPerChannel.values().stream().mapToInt(q -> Math.min(q, 10)).sum();
    assertThat(qualifying).isBetween(120, 160);
    assertThat(qualifyingPerChannel.values().stream().filter(q -> q > 10).count())
        .isGreaterThanOrEqualTo(3);
    assertThat(fillable).as("enterprise slots fillable under the channel caps").isGreaterThan(90);
  }

  @Test
  void everyOtherCategoryHasQualifyingAndNonQualifyingOrganizations() {
    for (String category : List.of("市级学会", "高校", "医院")) {
      long total = orgs(category).count();
      long qualifying =
          orgs(category)
              .filter(org -> Targets.meetsAll(countsAt(org, LAST), Targets.of(org)))
              .count();
      assertThat(qualifying).as(category).isPositive().isLessThan(total);
    }
  }

  @Test
  void someOrganizationsMeetTargetsExactlyAndSomeMissByOneItem() {
    long exactly =
        orgs("企业").filter(org -> onTargetEverywhere(countsAt(org, LAST), Targets.of(org))).count();
    long oneShort =
        orgs("企业")
            .filter(org -> Targets.shortfall(countsAt(org, LAST), Targets.of(org)) == 1)
            .count();
    assertThat(exactly).isGreaterThanOrEqualTo(1);
    assertThat(oneShort).isGreaterThanOrEqualTo(5);
  }

  @Test
  void updatedRegistryAddsExactlyOneEnterprise() {
    Map<String, ReferenceCounter.Org> before = counter.registry(LocalDate.of(2022, 7, 3));
    Map<String, ReferenceCounter.Org> after = counter.registry(LAST);
    assertThat(before).hasSizeBetween(280, 320);
    assertThat(after.keySet()).containsAll(before.keySet()).hasSize(before.size() + 1);
    assertThat(after.get("HYQY0281").category()).isEqualTo("企业");
  }

  @Test
  void regeneratingGivesByteIdenticalFiles(@TempDir Path temp) throws IOException {
    SampleGenerator.run("city", "--out", temp.toString());
    List<Path> committed = files(INBOX);
    assertThat(files(temp)).isEqualTo(committed);
    for (Path file : committed) {
      assertThat(Files.mismatch(INBOX.resolve(file), temp.resolve(file)))
          .as(file.toString())
          .isEqualTo(-1L);
    }
  }

  private Map<String, Integer> qualifyingPerChannel(String category) {
    Map<String, Integer> perChannel = new TreeMap<>();
    orgs(category)
        .filter(org -> Targets.meetsAll(countsAt(org, LAST), Targets.of(org)))
        .forEach(org -> perChannel.merge(org.channel(), 1, Integer::sum));
    return perChannel;
  }

  private Stream<ReferenceCounter.Org> orgs(String category) {
    return counter.registry(LAST).values().stream().filter(org -> org.category().equals(category));
  }

  private int[] countsAt(ReferenceCounter.Org org, LocalDate day) {
    return counter.counts(day).getOrDefault(org.code(), new int[5]);
  }

  private static boolean onTargetEverywhere(int[] counts, int[] targets) {
    return java.util.Arrays.equals(counts, targets);
  }

  private static int number(Map<String, String> row, String column) {
    return Integer.parseInt(row.get(column));
  }

  static List<Path> files(Path root) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(Files::isRegularFile).map(root::relativize).sorted().toList();
    }
  }
}
