package cn.kczg.jobs.selection;

import static org.assertj.core.api.Assertions.assertThat;

import cn.kczg.schemas.model.IndicatorCounts;
import cn.kczg.schemas.model.Organization;
import cn.kczg.schemas.program.Rulebook;
import cn.kczg.schemas.program.Rulebooks;
import cn.kczg.schemas.result.ChannelFill;
import cn.kczg.schemas.result.OrgProgress;
import cn.kczg.schemas.result.ShortlistEntry;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;

final class ShortlisterTest {
  private static final Rulebook HENGYANG = Rulebooks.builtIn().get("hengyang-2022");
  private static final IndicatorCounts ENTERPRISE_MET = IndicatorCounts.of(10, 6, 3, 30, 1);

  private static Organization org(String id, String category, String level, String channel) {
    return new Organization(
        id, "机构" + id, null, category, level, "", channel, null, null, null, null, null, null);
  }

  private static List<OrgProgress> ranked(
      Rulebook book, List<Organization> orgs, Map<String, IndicatorCounts> counts) {
    var computed =
        Progress.compute(book, orgs, id -> counts.getOrDefault(id, IndicatorCounts.zero()));
    return LeagueTable.rank(
        computed.rows(), book.categories().stream().map(c -> c.name()).toList(), Map.of());
  }

  @Test
  void channelCapPassesOverTheEleventhBestOfOneChannel() {
    List<Organization> orgs = new ArrayList<>();
    Map<String, IndicatorCounts> counts = new HashMap<>();
    for (int i = 0; i < 12; i++) {
      String id = String.format("E%02d", i);
      orgs.add(org(id, "企业", null, i < 11 ? "衡南县科协" : "珠晖区科协"));
      // Lower ids publish more news, so they rank higher; E11 (珠晖区) ranks last.
      counts.put(id, ENTERPRISE_MET.with(cn.kczg.schemas.model.ItemKind.NEWS, 60 - i));
    }
    Selection s = Shortlister.select(HENGYANG, ranked(HENGYANG, orgs, counts));
    assertThat(s.shortlist())
        .extracting(ShortlistEntry::orgId)
        .containsExactly(
            "E00", "E01", "E02", "E03", "E04", "E05", "E06", "E07", "E08", "E09", "E11");
    ChannelFill hengnan =
        s.channels().stream().filter(c -> c.channel().equals("衡南县科协")).findFirst().orElseThrow();
    assertThat(hengnan).isEqualTo(new ChannelFill("衡南县科协", 10, 11, 0, 10, 10));
  }

  @Test
  void onlyOrganizationsMeetingEveryTargetAreListedAndTheClosestGoToReserve() {
    List<Organization> orgs =
        List.of(org("A", "医院", null, "市科协对口工作小组"), org("B", "医院", null, "市科协对口工作小组"));
    Map<String, IndicatorCounts> counts =
        Map.of(
            "A", IndicatorCounts.of(30, 30, 3, 30, 1),
            "B", IndicatorCounts.of(30, 30, 3, 26, 0));
    Selection s = Shortlister.select(HENGYANG, ranked(HENGYANG, orgs, counts));
    assertThat(s.shortlist()).extracting(ShortlistEntry::orgId).containsExactly("A");
    assertThat(s.reserve())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.orgId()).isEqualTo("B");
              assertThat(r.lacking()).isEqualTo("资讯差4条、活动差1次");
            });
  }

  @Test
  void qualifyingOrganizationWithoutAProgramChannelIsNotListedAndReportedOnceAsARegistryProblem() {
    List<Organization> orgs = List.of(org("X", "企业", null, "某某协会"), org("Y", "企业", null, "某某协会"));
    Map<String, IndicatorCounts> met = Map.of("X", ENTERPRISE_MET, "Y", ENTERPRISE_MET);
    Selection s = Shortlister.select(HENGYANG, ranked(HENGYANG, orgs, met));
    assertThat(s.shortlist()).isEmpty();
    assertThat(s.notes()).isEmpty();
    assertThat(Progress.compute(HENGYANG, orgs, met::get).problems())
        .singleElement()
        .asString()
        .startsWith("推荐渠道“某某协会”在hengyang-2022中不能推荐企业")
        .contains("2家机构无法被推荐，其中2家已全部达标");
  }

  @Test
  void tiesBreakByCompletionThenTotalThenOrgId() {
    List<Organization> orgs =
        List.of(
            org("C", "企业", null, "衡南县科协"),
            org("B", "企业", null, "衡南县科协"),
            org("A", "企业", null, "衡南县科协"),
            org("D", "企业", null, "衡南县科协"));
    Map<String, IndicatorCounts> counts =
        Map.of(
            "A",
            ENTERPRISE_MET,
            "B",
            ENTERPRISE_MET, // equal in everything: id order
            "C",
            ENTERPRISE_MET.with(
                cn.kczg.schemas.model.ItemKind.NEWS, 40), // same completion, more items
            "D",
            IndicatorCounts.of(10, 6, 3, 29, 1)); // lower completion
    assertThat(ranked(HENGYANG, orgs, counts))
        .extracting(OrgProgress::orgId, OrgProgress::rankInCategory)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("C", 1),
                org.assertj.core.groups.Tuple.tuple("A", 2),
            org.assertj.core.groups.Tuple.tuple("B", 3),
                org.assertj.core.groups.Tuple.tuple("D", 4));
  }

  @RepeatedTest(20)
  void invariantsHoldOnGeneratedDataOfAnySize(RepetitionInfo repetition) {
    Random random = new Random(repetition.getCurrentRepetition());
    int n = 50 + random.nextInt(1500);
    List<String> channels = HENGYANG.channels().stream().map(c -> c.name()).toList();
    List<Organization> orgs = new ArrayList<>();
    Map<String, IndicatorCounts> counts = new HashMap<>();
    String[] categories = {"市级学会", "高校", "医院", "企业", "企业", "企业"};
    for (int i = 0; i < n; i++) {
      String category = categories[random.nextInt(categories.length)];
      String channel =
          category.equals("企业")
              ? channels.get(1 + random.nextInt(channels.size() - 1))
              : channels.get(0);
      orgs.add(
          org(
              "O" + i,
              category,
              category.equals("高校") ? (random.nextBoolean() ? "本科" : "高职大专") : null,
              channel));
      counts.put(
          "O" + i,
          IndicatorCounts.of(
              random.nextInt(70),
              random.nextInt(40),
              random.nextInt(5),
              random.nextInt(60),
              random.nextInt(3)));
    }
    for (String method : List.of("rank-under-cap", "hamilton", "dhondt")) {
      Rulebook book = withDistribution(method);
      List<OrgProgress> ranked = ranked(book, orgs, counts);
      Selection s = Shortlister.select(book, ranked);
      Map<String, OrgProgress> byId =
          ranked.stream().collect(Collectors.toMap(OrgProgress::orgId, p -> p));
      assertThat(s.shortlist()).allSatisfy(e -> assertThat(byId.get(e.orgId()).metAll()).isTrue());
      Map<String, Long> perChannel =
          s.shortlist().stream()
              .collect(Collectors.groupingBy(ShortlistEntry::channel, Collectors.counting()));
      perChannel.forEach(
          (ch, k) -> assertThat(k).isLessThanOrEqualTo(book.channel(ch).orElseThrow().slots()));
      Map<String, Long> perCategory =
          s.shortlist().stream()
              .collect(Collectors.groupingBy(ShortlistEntry::category, Collectors.counting()));
      perCategory.forEach(
          (cat, k) -> {
            var rule = book.category(cat).orElseThrow();
            assertThat(k).isLessThanOrEqualTo(rule.quota() + rule.tolerance());
          });
      assertThat(s.shortlist()).extracting(ShortlistEntry::orgId).doesNotHaveDuplicates();
      for (var list : s.recommendations()) {
        var rule = book.channel(list.channel()).orElseThrow();
        // min(slots, qualifying), where a category limited apart counts at most its own slots
        long fits =
            rule.categories().stream()
                .mapToLong(
                    cat ->
                        Math.min(
                            rule.slotsFor(cat),
                            ranked.stream()
                                .filter(
                                    p ->
                                        p.metAll()
                                            && p.category().equals(cat)
                                            && p.channel().equals(list.channel()))
                                .count()))
                .sum();
        assertThat(list.recommended())
            .hasSize((int) Math.min(list.slots(), fits))
            .allSatisfy(e -> assertThat(byId.get(e.orgId()).metAll()).isTrue());
      }
      var selectedOrLeftOut =
          java.util.stream.Stream.concat(
                  s.shortlist().stream().map(ShortlistEntry::orgId),
                  s.notSelected().stream().map(x -> x.orgId()))
              .toList();
      assertThat(selectedOrLeftOut)
          .doesNotHaveDuplicates()
          .containsExactlyInAnyOrderElementsOf(
              ranked.stream().filter(OrgProgress::metAll).map(OrgProgress::orgId).toList());
      assertThat(s.notSelected()).allSatisfy(x -> assertThat(x.reason()).isNotBlank());
      assertThat(Shortlister.select(book, ranked(book, orgs, counts))).isEqualTo(s);
    }
  }

  private static Rulebook withDistribution(String method) {
    String yaml =
        new String(
                readResource("programs/hengyang-2022.yaml"),
                java.nio.charset.StandardCharsets.UTF_8)
            .replace("distribution: rank-under-cap", "distribution: " + method)
            .replace(
                "tolerance: 5", method.equals("rank-under-cap") ? "tolerance: 5" : "tolerance: 0");
    return Rulebooks.parse(yaml.getBytes(java.nio.charset.StandardCharsets.UTF_8), "test");
  }

  private static byte[] readResource(String name) {
    try (var in = ShortlisterTest.class.getClassLoader().getResourceAsStream(name)) {
      return in.readAllBytes();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
