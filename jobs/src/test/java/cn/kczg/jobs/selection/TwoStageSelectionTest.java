package cn.kczg.jobs.selection;

import static org.assertj.core.api.Assertions.assertThat;

import cn.kczg.schemas.model.IndicatorCounts;
import cn.kczg.schemas.model.Organization;
import cn.kczg.schemas.program.Rulebook;
import cn.kczg.schemas.program.Rulebooks;
import cn.kczg.schemas.result.ChannelList;
import cn.kczg.schemas.result.NotSelectedEntry;
import cn.kczg.schemas.result.OrgProgress;
import cn.kczg.schemas.result.SelectionStage;
import cn.kczg.schemas.result.ShortlistEntry;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The notice's two stages on hand-made registries: each channel recommends up to its slots (stage
 * 1), the city selects per category up to the quota read with its tolerance (stage 2).
 */
final class TwoStageSelectionTest {
  private static final IndicatorCounts MET = IndicatorCounts.of(1, 1, 1, 1, 1);

  /** A program with one category and two county channels (甲 2 slots, 乙 3 slots). */
  private static Rulebook program(int quota, int tolerance) {
    String yaml =
        """
        id: two-stage
        title: 两阶段评选
        categories:
          - name: 企业
            quota: %d
            tolerance: %d
            targets: {experts: 1, achievements: 1, demands: 1, news: 1, activities: 1}
          - name: 医院
            quota: 1
            targets: {experts: 1, achievements: 1, demands: 1, news: 1, activities: 1}
        channels:
          - {name: 甲区科协, slots: 2, categories: [企业]}
          - {name: 乙区科协, slots: 3, categories: [企业]}
          - name: 工作小组
            slots: 3
            categories: [企业, 医院]
            category_slots: {医院: 1}
        """
            .formatted(quota, tolerance);
    return Rulebooks.parse(yaml.getBytes(StandardCharsets.UTF_8), "two-stage.yaml");
  }

  /** Registry rows: id, channel, category, counts. */
  private final Map<String, Organization> orgs = new LinkedHashMap<>();

  private final Map<String, IndicatorCounts> counts = new LinkedHashMap<>();

  private void org(String id, String channel, String category, IndicatorCounts c) {
    orgs.put(
        id,
        new Organization(
            id, "机构" + id, null, category, null, "", channel, null, null, null, null, null, null));
    counts.put(id, c);
  }

  /**
   * A qualifying enterprise with {@code extra} more news than the target (more items rank higher).
   */
  private void qualifying(String id, String channel, int extra) {
    org(id, channel, "企业", IndicatorCounts.of(1, 1, 1, 1 + extra, 1));
  }

  private Selection select(Rulebook book) {
    var computed = Progress.compute(book, new ArrayList<>(orgs.values()), id -> counts.get(id));
    List<OrgProgress> ranked = LeagueTable.rank(book, computed.rows(), Map.of());
    return Shortlister.select(book, ranked);
  }

  private static ChannelList list(Selection s, String channel) {
    return s.recommendations().stream()
        .filter(l -> l.channel().equals(channel))
        .findFirst()
        .orElseThrow();
  }

  private static NotSelectedEntry notSelected(Selection s, String orgId) {
    return s.notSelected().stream().filter(n -> n.orgId().equals(orgId)).findFirst().orElseThrow();
  }

  @Test
  void aChannelWithFewerQualifyingThanSlotsRecommendsThemAllAndShowsItsNearestForTheRest() {
    qualifying("B1", "乙区科协", 0);
    org("B2", "乙区科协", "企业", IndicatorCounts.of(1, 1, 1, 1, 0)); // lacks one activity
    org("B3", "乙区科协", "企业", IndicatorCounts.of(0, 1, 1, 0, 0)); // lacks three
    org("B4", "乙区科协", "企业", IndicatorCounts.of(0, 0, 0, 0, 0));
    Selection s = select(program(10, 0));
    ChannelList yi = list(s, "乙区科协");
    assertThat(yi.recommended()).extracting(ShortlistEntry::orgId).containsExactly("B1");
    assertThat(yi.unfilled()).isEqualTo(2);
    assertThat(yi.nearest())
        .extracting(r -> r.orgId() + " " + r.lacking())
        .containsExactly("B2 活动差1次", "B3 专家差1人、资讯差1条、活动差1次");
    assertThat(s.channels())
        .filteredOn(c -> c.channel().equals("乙区科协"))
        .singleElement()
        .satisfies(c -> assertThat(c.unfilled()).isEqualTo(2));
  }

  @Test
  void aChannelRecommendsUpToItsSlotsAndTheCutOnesSayWhichSlotsAndTieBreakCutThem() {
    qualifying("A1", "甲区科协", 9);
    qualifying("A2", "甲区科协", 5);
    qualifying("A3", "甲区科协", 3); // same score (100%), fewer items: the tie-break cuts it
    Selection s = select(program(10, 0));
    assertThat(list(s, "甲区科协").recommended())
        .extracting(ShortlistEntry::orgId)
        .containsExactly("A1", "A2");
    NotSelectedEntry a3 = notSelected(s, "A3");
    assertThat(a3.stage()).isEqualTo(SelectionStage.RECOMMENDATION);
    assertThat(a3.cutBy()).isEqualTo("甲区科协推荐名额");
    assertThat(a3.limit()).isEqualTo(2);
    assertThat(a3.place()).isEqualTo(3);
    assertThat(a3.tieBreak()).isEqualTo("与最后入选的机构A2（A2）得分相同（100.0%），按引擎附加的决胜规则“发布总量”决定：10 > 8");
    assertThat(list(s, "甲区科协").recommended())
        .allSatisfy(e -> assertThat(e.tieBreak()).contains("与未入选的机构A3（A3）得分相同"));
    assertThat(s.shortlist()).extracting(ShortlistEntry::orgId).containsExactly("A1", "A2");
  }

  @Test
  void tiesAtTheQuotaWithToleranceZeroKeepTheQuotaAndTheTieBreakDecides() {
    qualifying("A1", "甲区科协", 4);
    qualifying("B1", "乙区科协", 3);
    qualifying("B2", "乙区科协", 3); // equal in score and items with B1: the org id decides
    Selection s = select(program(2, 0));
    assertThat(s.shortlist()).extracting(ShortlistEntry::orgId).containsExactly("A1", "B1");
    NotSelectedEntry b2 = notSelected(s, "B2");
    assertThat(b2.stage()).isEqualTo(SelectionStage.CITY);
    assertThat(b2.cutBy()).isEqualTo("企业市级评选名额（2个左右，按确数）");
    assertThat(b2.limit()).isEqualTo(2);
    assertThat(b2.place()).isEqualTo(3);
    assertThat(b2.tieBreak()).endsWith("按引擎附加的决胜规则“机构编号”决定：B1 < B2");
    assertThat(b2.reason()).startsWith("企业市级评选名额（2个左右，按确数）2个已满，排第3；与最后入选的机构B1");
    assertThat(s.shortlist().get(1).tieBreak()).contains("与未入选的机构B2（B2）");
  }

  @Test
  void aToleranceAboveZeroTakesTheWholeTiedGroupWhenItFits() {
    qualifying("A1", "甲区科协", 4);
    qualifying("B1", "乙区科协", 3);
    qualifying("B2", "乙区科协", 3);
    Selection s = select(program(2, 1));
    assertThat(s.shortlist()).extracting(ShortlistEntry::orgId).containsExactly("A1", "B1", "B2");
    assertThat(s.shortlist()).allSatisfy(e -> assertThat(e.tieBreak()).isEmpty());
    assertThat(s.notSelected()).isEmpty();
    assertThat(s.notes()).anySatisfy(n -> assertThat(n).contains("容差1", "共3家"));
  }

  @Test
  void aToleranceSmallerThanTheTiedGroupLeavesTheQuotaExact() {
    qualifying("A1", "甲区科协", 4);
    qualifying("A2", "甲区科协", 4);
    qualifying("B1", "乙区科协", 3);
    qualifying("B2", "乙区科协", 2);
    Selection s = select(program(2, 1)); // two tie beyond the quota: more than the tolerance
    assertThat(s.shortlist()).extracting(ShortlistEntry::orgId).containsExactly("A1", "A2");
    assertThat(s.notSelected())
        .extracting(NotSelectedEntry::orgId, NotSelectedEntry::limit, NotSelectedEntry::place)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("B1", 2, 3),
            org.assertj.core.groups.Tuple.tuple("B2", 2, 4));
    assertThat(s.notSelected()).allSatisfy(n -> assertThat(n.cutBy()).contains("容差1"));
    assertThat(s.notes()).anySatisfy(n -> assertThat(n).contains("超过“左右”的容差1"));
  }

  @Test
  void categorySlotsLimitEachCategoryOfAChannelThatRecommendsSeveral() {
    org("H1", "工作小组", "医院", MET.with(cn.kczg.schemas.model.ItemKind.NEWS, 5));
    org("H2", "工作小组", "医院", MET);
    qualifying("W1", "工作小组", 0);
    Selection s = select(program(10, 0));
    assertThat(list(s, "工作小组").recommended())
        .extracting(ShortlistEntry::orgId)
        .containsExactly("W1", "H1");
    NotSelectedEntry h2 = notSelected(s, "H2");
    assertThat(h2.cutBy()).isEqualTo("工作小组的医院推荐名额");
    assertThat(h2.limit()).isEqualTo(1);
    assertThat(h2.place()).isEqualTo(2);
  }

  @Test
  void aQualifyingOrganizationWithoutAProgramChannelIsNotSelectedWithThatReason() {
    qualifying("X1", "某某协会", 0);
    Selection s = select(program(10, 0));
    assertThat(notSelected(s, "X1").reason()).isEqualTo("推荐渠道“某某协会”不是本项目可推荐企业的渠道");
  }
}
