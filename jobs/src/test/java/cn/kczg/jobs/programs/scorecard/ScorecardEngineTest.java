package cn.kczg.jobs.programs.scorecard;

import static org.assertj.core.api.Assertions.assertThat;

import cn.kczg.jobs.programs.ProgramFixtures;
import cn.kczg.jobs.programs.RowProblem;
import cn.kczg.jobs.programs.TableOutputs;
import cn.kczg.jobs.programs.scorecard.ScoredAssociation.Standing;
import cn.kczg.schemas.program.Rulebook;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class ScorecardEngineTest {
  private static final Rulebook BOOK = ProgramFixtures.book("yueyang-2023-enterprise-association");
  private static final ScorecardType TYPE = new ScorecardType();
  private static final ScorecardRules RULES = TYPE.rules(BOOK);
  private static final LocalDate AS_OF = LocalDate.of(2023, 12, 31);
  private static final String HEADER =
      "科协名称,评分人,开展学术交流,组织技术攻关,举办各类培训,助力人才成长,加强科学普及,建设科技工作者之家,加强自身建设,"
          + "国家级荣誉,省级荣誉,市级荣誉,未完成资助项目,未按时报送,未完成交办工作,有章程,能按时换届\n";

  @TempDir Path tmp;
  private Path sheet;

  private ScorecardType.Results score(String rows) {
    Path dir = ProgramFixtures.files(tmp.resolve("in"), "考核.csv", HEADER + rows);
    sheet = dir.resolve("考核.csv");
    return TYPE.compute(RULES, ProgramFixtures.read(BOOK, dir, AS_OF), AS_OF);
  }

  private List<String> messages(ScorecardType.Results r) {
    return r.problems().stream()
        .map(RowProblem::message)
        .map(m -> m.replace(sheet.toString(), "考核.csv"))
        .toList();
  }

  @Test
  void averagesTwoAssessorsThenAddsCappedBonusAndDeductsEachItem() {
    // 甲科协, assessor A: 8+18+12+13+9+14+13 = 87; assessor B: 9+17+13+12+8+13+14 = 86.
    // base = (87 + 86) / 2 = 86.5; 开展学术交流 mean = (8 + 9) / 2 = 8.5.
    // honours (stated on A's row only, B leaves them blank): 1 national (8) + 1 provincial (5) =
    // 13, capped at 10. Deductions: 1 late report + 1 unfinished assignment = 2 items × 5 = 10.
    // Total = 86.5 + 10 − 10 = 86.5. 乙科协 (one assessor): 93, no bonus, no deduction: rank 1.
    ScorecardType.Results r =
        score(
            "甲科协,A,8,18,12,13,9,14,13,1,1,0,0,1,1,是,是\n"
                + "甲科协,B,9,17,13,12,8,13,14,,,,,,,,\n"
                + "乙科协,A,9,19,14,14,9,14,14,0,0,0,0,0,0,是,是\n");

    assertThat(r.problems()).isEmpty();
    List<ScoredAssociation> ranked = r.card().ranked();
    assertThat(ranked).extracting(ScoredAssociation::association).containsExactly("乙科协", "甲科协");
    ScoredAssociation jia = ranked.get(1);
    assertThat(jia.rank()).isEqualTo(2);
    assertThat(jia.assessors()).isEqualTo(2);
    assertThat(jia.categoryMeans().get(0)).isEqualByComparingTo("8.5");
    assertThat(jia.base()).isEqualByComparingTo("86.5");
    assertThat(jia.bonusEarned()).isEqualTo(13);
    assertThat(jia.bonus()).isEqualTo(10);
    assertThat(jia.deductionItems()).isEqualTo(2);
    assertThat(jia.deduction()).isEqualTo(10);
    assertThat(jia.total()).isEqualByComparingTo(new BigDecimal("86.5"));
    assertThat(ranked.get(0).total()).isEqualByComparingTo("93");
  }

  @Test
  void eachDeductionTypeIsItemizedWithItsCount() {
    ScorecardType.Results r = score("甲科协,A,8,18,12,13,9,14,13,0,0,0,2,0,1,是,是\n");

    assertThat(r.card().ranked().get(0).deductionsByType())
        .containsExactly(
            java.util.Map.entry("未按要求完成市科协资助的项目任务", 2),
            java.util.Map.entry("未按市科协要求按时报送总结、报表等", 0),
            java.util.Map.entry("未完成市科协交办的其他工作", 1));
    assertThat(r.card().ranked().get(0).deduction()).isEqualTo(15);
  }

  @Test
  void requirementsAreTrackedBesideTheScoreAndAConflictDoesNotUnrankIt() {
    ScorecardType.Results r =
        score(
            "甲科协,A,8,18,12,13,9,14,13,0,0,0,0,0,0,是,否\n"
                + "甲科协,B,8,18,12,13,9,14,13,0,0,0,0,0,0,否,\n");

    ScoredAssociation jia = r.card().ranked().get(0);
    assertThat(jia.requirements())
        .containsEntry("有章程", Standing.CONFLICTING)
        .containsEntry("能按时换届", Standing.NOT_MET)
        .containsEntry("有工作场地", Standing.NOT_STATED);
    assertThat(jia.openRequirements()).contains("能按时换届（不符合）");
    assertThat(messages(r))
        .containsExactly(
            "考核.csv: 甲科协: 有章程 differs between assessors (true on line 2, false on line 3); it is a"
                + " fact about the association, so every row must give the same value or leave it blank"
                + " (shown as 填报不一致)");
  }

  @Test
  void equalTotalsBreakByBaseScoreThenName() {
    // 丙: base 80 + 1 municipal honour (3) = 83. 丁: base 83 = 83. 戊: base 83 = 83.
    // Equal totals: higher base first (丁, 戊 before 丙); 丁 and 戊 tie on base too, so by name
    // in code-point order: 丁 (U+4E01) before 戊 (U+620A).
    ScorecardType.Results r =
        score(
            "丙,A,10,20,10,10,10,10,10,0,0,1,0,0,0,,\n"
                + "戊,A,10,20,15,8,10,10,10,0,0,0,0,0,0,,\n"
                + "丁,A,10,20,15,8,10,10,10,0,0,0,0,0,0,,\n");

    assertThat(r.card().ranked())
        .extracting(ScoredAssociation::association)
        .containsExactly("丁", "戊", "丙");
    assertThat(r.card().ranked()).extracting(ScoredAssociation::rank).containsExactly(1, 2, 3);
  }

  @Test
  void scoreAboveItsMaximumRefusesTheRowAndLeavesTheAssociationUnranked() {
    ScorecardType.Results r =
        score(
            "甲科协,A,8,18,12,13,9,14,13,0,0,0,0,0,0,,\n"
                + "甲科协,B,8,22,12,13,9,14,13,0,0,0,0,0,0,,\n");

    assertThat(r.card().ranked()).isEmpty();
    assertThat(messages(r))
        .containsExactly(
            "考核.csv line 3, column 组织技术攻关: 22 is outside 0..20; give a score from 0 to the maximum 20 of 组织技术攻关",
            "考核.csv: 甲科协 is not ranked: line 3 was refused; correct it so every assessor's scores are averaged");
  }

  @Test
  void aRowTheParserRefusesLeavesItsAssociationUnrankedToo() {
    ScorecardType.Results r =
        score(
            "甲科协,A,8,18,12,13,9,14,13,0,0,0,0,0,0,,\n" + "甲科协,B,8,,12,13,9,14,13,0,0,0,0,0,0,,\n");

    assertThat(r.card().ranked()).isEmpty();
    assertThat(messages(r))
        .containsExactly(
            "考核.csv line 3: MISSING_COUNT: 组织技术攻关 is empty; an empty count is not 0, write 0 if it is",
            "考核.csv: 甲科协 is not ranked: line 3 was refused; correct it so every assessor's scores are averaged");
  }

  @Test
  void conflictingHonourCountsBetweenAssessorsAreRefused() {
    ScorecardType.Results r =
        score(
            "甲科协,A,8,18,12,13,9,14,13,1,0,0,0,0,0,,\n"
                + "甲科协,B,8,18,12,13,9,14,13,2,0,0,0,0,0,,\n");

    assertThat(r.card().ranked()).isEmpty();
    assertThat(messages(r))
        .containsExactly(
            "考核.csv: 甲科协 is not ranked: 国家级荣誉 differs between assessors (1 on line 2, 2 on line 3); it is a fact about "
                + "the association, so every row must give the same value or leave it blank");
  }

  @Test
  void sameAssessorTwiceForOneAssociationIsRefused() {
    ScorecardType.Results r =
        score(
            "甲科协,A,8,18,12,13,9,14,13,0,0,0,0,0,0,,\n"
                + "甲科协,A,9,18,12,13,9,14,13,0,0,0,0,0,0,,\n");

    assertThat(messages(r))
        .first()
        .isEqualTo(
            "考核.csv line 3, column 评分人: A already scored 甲科协 on line 2; keep one row per assessor and association");
  }

  @Test
  void everyOutputStatesThatAveragingTheAssessorsIsTheEnginesAssumption() {
    ScorecardType.Results r = score("甲科协,A,8,18,12,13,9,14,13,0,0,0,0,0,0,,\n");
    TableOutputs out = (TableOutputs) TYPE.outputs(BOOK, RULES, r, AS_OF);

    assertThat(out.report().table("说明").rows().get(0).get(1).toString())
        .contains("取平均值是本引擎的假定，不是通知的规定");
    assertThat(out.summary())
        .contains(
            "base score = mean over the assessors (the engine's assumption; 附件2 does not say)");
    assertThat(out.report().table("排名").header()).contains("基础分 (评分人平均)");
  }
}
