package cn.kczg.jobs.programs.scorecard;

import static org.assertj.core.api.Assertions.assertThat;

import cn.kczg.jobs.programs.table.Column;
import cn.kczg.jobs.programs.table.InputTable;
import cn.kczg.jobs.programs.table.RowProblem;
import cn.kczg.schemas.program.Rulebooks;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

final class ScorecardEngineTest {
  private static final ScorecardRules RULES =
      ScorecardRules.from(Rulebooks.builtIn().get("yueyang-2023-enterprise-association"));
  private static final String HEADER =
      "科协名称,评分人,开展学术交流,组织技术攻关,举办各类培训,助力人才成长,加强科学普及,建设科技工作者之家,加强自身建设,国家级荣誉,省级荣誉,市级荣誉,扣分项\n";

  private static ScorecardEngine.Scorecard score(String rows) {
    AssessmentReader reader = new AssessmentReader(RULES);
    List<Column> required = reader.requiredColumns();
    InputTable table =
        InputTable.read(
            (HEADER + rows).getBytes(StandardCharsets.UTF_8), "考核.csv", required, RULES.program());
    AssessmentReader.Result sheet = reader.read(table);
    ScorecardEngine.Scorecard card = new ScorecardEngine(RULES).score(sheet);
    List<RowProblem> all = new java.util.ArrayList<>(sheet.problems());
    all.addAll(card.problems());
    return new ScorecardEngine.Scorecard(card.ranked(), all);
  }

  @Test
  void averagesTwoAssessorsThenAddsCappedBonusAndTwoDeductions() {
    // 甲科协, assessor A: 8+18+12+13+9+14+13 = 87; assessor B: 9+17+13+12+8+13+14 = 86.
    // base = (87 + 86) / 2 = 86.5; 开展学术交流 mean = (8 + 9) / 2 = 8.5.
    // honours (stated on A's row only, B leaves them blank): 1 national (8) + 1 provincial (5) =
    // 13,
    // capped at 10. Deductions: 2 items × 5 = 10. Total = 86.5 + 10 − 10 = 86.5.
    // 乙科协 (one assessor): 9+19+14+14+9+14+14 = 93, no bonus, no deduction: 93, so rank 1.
    ScorecardEngine.Scorecard card =
        score(
            "甲科协,A,8,18,12,13,9,14,13,1,1,0,2\n"
                + "甲科协,B,9,17,13,12,8,13,14,,,,\n"
                + "乙科协,A,9,19,14,14,9,14,14,0,0,0,0\n");

    assertThat(card.problems()).isEmpty();
    assertThat(card.ranked())
        .extracting(ScoredAssociation::association)
        .containsExactly("乙科协", "甲科协");
    ScoredAssociation jia = card.ranked().get(1);
    assertThat(jia.rank()).isEqualTo(2);
    assertThat(jia.assessors()).isEqualTo(2);
    assertThat(jia.categoryMeans().get(0)).isEqualByComparingTo("8.5");
    assertThat(jia.base()).isEqualByComparingTo("86.5");
    assertThat(jia.bonusEarned()).isEqualTo(13);
    assertThat(jia.bonus()).isEqualTo(10);
    assertThat(jia.deductionItems()).isEqualTo(2);
    assertThat(jia.deduction()).isEqualTo(10);
    assertThat(jia.total()).isEqualByComparingTo(new BigDecimal("86.5"));
    assertThat(card.ranked().get(0).total()).isEqualByComparingTo("93");
  }

  @Test
  void equalTotalsBreakByBaseScoreThenName() {
    // 丙: base 80 + 1 municipal honour (3) = 83. 丁: base 83, no bonus = 83. 戊: base 83 = 83.
    // Equal totals: higher base first (丁, 戊 before 丙); 丁 and 戊 tie on base too, so by name
    // in code-point order: 丁 (U+4E01) before 戊 (U+620A).
    ScorecardEngine.Scorecard card =
        score(
            "丙,A,10,20,10,10,10,10,10,0,0,1,0\n"
                + "戊,A,10,20,15,8,10,10,10,0,0,0,0\n"
                + "丁,A,10,20,15,8,10,10,10,0,0,0,0\n");

    assertThat(card.ranked())
        .extracting(ScoredAssociation::association)
        .containsExactly("丁", "戊", "丙");
    assertThat(card.ranked()).extracting(ScoredAssociation::rank).containsExactly(1, 2, 3);
  }

  @Test
  void scoreAboveItsMaximumRefusesTheRowAndLeavesTheAssociationUnranked() {
    ScorecardEngine.Scorecard card =
        score("甲科协,A,8,18,12,13,9,14,13,0,0,0,0\n" + "甲科协,B,8,22,12,13,9,14,13,0,0,0,0\n");

    assertThat(card.ranked()).isEmpty();
    assertThat(card.problems())
        .extracting(RowProblem::message)
        .containsExactly(
            "考核.csv line 3, column 组织技术攻关: 22 is outside 0..20; give a score from 0 to the maximum 20 of 组织技术攻关",
            "考核.csv: 甲科协 is not ranked: line 3 was refused; correct it so every assessor's scores are averaged");
  }

  @Test
  void negativeOrMissingScoresAreRefusedNamingTheColumn() {
    ScorecardEngine.Scorecard card = score("甲科协,A,-1,,12,13,9,14,13,0,0,0,0\n");

    assertThat(card.problems())
        .extracting(RowProblem::message)
        .containsExactly(
            "考核.csv line 2, column 开展学术交流: -1 is outside 0..10; give a score from 0 to the maximum 10 of 开展学术交流",
            "考核.csv line 2, column 组织技术攻关: is empty; give a score from 0 to the maximum 20 of 组织技术攻关 (0 when nothing was done)");
  }

  @Test
  void conflictingHonourCountsBetweenAssessorsAreRefused() {
    ScorecardEngine.Scorecard card =
        score("甲科协,A,8,18,12,13,9,14,13,1,0,0,0\n" + "甲科协,B,8,18,12,13,9,14,13,2,0,0,0\n");

    assertThat(card.ranked()).isEmpty();
    assertThat(card.problems())
        .extracting(RowProblem::message)
        .containsExactly(
            "考核.csv: 甲科协 is not ranked: 国家级荣誉 differs between assessors (1 on line 2, 2 on line 3); it is a fact about "
                + "the association, so every row must give the same count or leave it blank");
  }

  @Test
  void sameAssessorTwiceForOneAssociationIsRefused() {
    ScorecardEngine.Scorecard card =
        score("甲科协,A,8,18,12,13,9,14,13,0,0,0,0\n" + "甲科协,A,9,18,12,13,9,14,13,0,0,0,0\n");

    assertThat(card.problems())
        .extracting(RowProblem::message)
        .first()
        .isEqualTo(
            "考核.csv line 3, column 评分人: A already scored 甲科协 on line 2; keep one row per assessor and association");
  }
}
