package cn.kczg.jobs.integrity;

import static cn.kczg.jobs.integrity.IntegrityFixture.D0;
import static cn.kczg.jobs.integrity.IntegrityFixture.D1;
import static cn.kczg.jobs.integrity.IntegrityFixture.D2;
import static org.assertj.core.api.Assertions.assertThat;

import cn.kczg.jobs.ingest.DropResult;
import cn.kczg.jobs.ingest.FileOutcome;
import cn.kczg.jobs.ingest.IngestJob;
import cn.kczg.jobs.metrics.Counting;
import cn.kczg.jobs.metrics.MainStates;
import cn.kczg.jobs.metrics.RegistryHistory;
import cn.kczg.jobs.run.IntegrityModels;
import cn.kczg.jobs.run.ProgramRun;
import cn.kczg.jobs.run.RunResult;
import cn.kczg.jobs.spark.SharedSpark;
import cn.kczg.jobs.store.Warehouse;
import cn.kczg.reports.DailyActivity;
import cn.kczg.schemas.integrity.IntegrityRules;
import cn.kczg.schemas.messages.Language;
import cn.kczg.schemas.messages.Messages;
import cn.kczg.schemas.model.ItemKind;
import cn.kczg.schemas.program.Rulebook;
import cn.kczg.schemas.program.Rulebooks;
import cn.kczg.schemas.result.OrgProgress;
import cn.kczg.schemas.source.SourceDefinitions;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each check on its planted case (see {@link IntegrityFixture}), under hengyang-2022's rulebook.
 */
final class IntegrityChecksTest {
  @TempDir static Path tmp;
  static Warehouse warehouse;
  static RunResult run;
  static List<DropResult> ingested;

  /** The sentences are read in English (--lang en); SentencesTest shows the Chinese default. */
  @BeforeAll
  static void ingestAndRun() {
    Messages.use(Language.EN);
    IntegrityFixture.write(tmp.resolve("inbox"));
    warehouse = new Warehouse(tmp.resolve("wh").toString(), SharedSpark.session());
    ingested =
        new IngestJob(warehouse, SourceDefinitions.builtIn(), s -> {})
            .execute(tmp.resolve("inbox"));
    run = run(Rulebooks.builtIn().get("hengyang-2022"));
  }

  @AfterAll
  static void backToTheDefault() {
    Messages.use(Language.ZH);
  }

  private static RunResult run(Rulebook rulebook) {
    return new ProgramRun(warehouse, Map.of(), s -> {}).execute(rulebook, D2);
  }

  private static List<Finding> findings(RunResult r, String org) {
    return r.integrity().findings().stream().filter(f -> f.orgId().equals(org)).toList();
  }

  /** The one finding on {@code org}, which must be of {@code check}. */
  private static Finding single(String org, String check) {
    List<Finding> found = findings(run, org);
    assertThat(found).extracting(Finding::check).as(org).containsExactly(check);
    return found.get(0);
  }

  private static OrgProgress progress(RunResult r, String org) {
    return r.progress().stream().filter(p -> p.orgId().equals(org)).findFirst().orElseThrow();
  }

  @Test
  void onTheDriverAndInSparkTheChecksGatherTheSameEvidence() {
    Rulebook rulebook = Rulebooks.builtIn().get("hengyang-2022");
    IntegrityRules rules = IntegrityRules.of(rulebook.sections());
    List<LocalDate> drops = List.of(D0, D1, D2);
    MainStates states =
        MainStates.at(
            warehouse,
            RegistryHistory.load(warehouse),
            Map.of(),
            D2,
            IntegrityRun.request(rules, drops));
    List<IntegrityRun.Gathered> all = new java.util.ArrayList<>();
    for (boolean local : List.of(true, false)) {
      all.add(IntegrityRun.gather(rules, states, drops, rulebook.deadline(), w -> true, local));
    }
    IntegrityRun.Gathered first = all.get(0);
    for (IntegrityRun.Gathered other : all) {
      assertThat(other.evidence()).isEqualTo(first.evidence());
      assertThat(other.bursts()).isEqualTo(first.bursts());
      assertThat(other.activity()).isEqualTo(first.activity());
    }
    // Every check has something to compare.
    assertThat(first.evidence().experts()).isNotEmpty();
    assertThat(first.evidence().titles()).isNotEmpty();
    assertThat(first.evidence().withdrawals()).isNotEmpty();
    assertThat(first.bursts()).isNotEmpty();
    assertThat(first.activity()).isNotEmpty();
  }

  @Test
  void paddedTitlesDifferingOnlyByTrailingNumberOrPunctuationAreFlagged() {
    assertThat(findings(run, "PAD"))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.check()).isEqualTo("padded-titles");
              assertThat(f.sentence())
                  .isEqualTo(
                      "news: 5 items repeat 1 title (“技术交流会” ×5); distinct titles 26 of 30 (target met only with them)");
              assertThat(f.evidence()).isEqualTo("技术交流会 ×5: PAD-c0 PAD-c1 PAD-c2 PAD-c3 PAD-c4");
              assertThat(f.decisive()).isTrue();
            });
  }

  @Test
  void burstDayIsFlaggedWithTheFigureWithoutIt() {
    assertThat(findings(run, "BURST"))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.check()).isEqualTo("burst");
              assertThat(f.sentence())
                  .isEqualTo(
                      "news: 27 items on 2022-07-10, usual 0-2 a day; without them 24 of 30 (target met only with them)");
              assertThat(f.evidence())
                  .startsWith("day 2022-07-10: 27 items, median 1.0, MAD 1.0, threshold 6.0")
                  .contains("BURST-x0 BURST-x1");
            });
  }

  @Test
  void burstThreeDaysBeforeTheNewestDropIsFlagged() {
    Finding f = single("BURSTA", "burst");
    assertThat(f.sentence())
        .isEqualTo(
            "news: 29 items on 2022-07-08, usual 0-2 a day; without them 27 of 30 (target met only with them)");
    assertThat(f.decisive()).isTrue();
  }

  @Test
  void burstInADropWhoseOtherFileWasRefusedIsFlaggedWhereItAloneMetTheTarget() {
    DropResult drop =
        ingested.stream().filter(d -> d.dropDate().equals(D1)).findFirst().orElseThrow();
    assertThat(drop.files())
        .filteredOn(f -> f.status() == FileOutcome.Status.REFUSED)
        .extracting(FileOutcome::file)
        .singleElement()
        .asString()
        .endsWith("成果-补报.csv");
    Finding f = single("BURSTB", "burst");
    assertThat(f.sentence())
        .isEqualTo(
            "news: 29 items on 2022-06-30, usual 0-2 a day; without them 19 of 30 (target met only with them)");
    assertThat(f.evidence()).contains("BURSTB-x0");
    assertThat(f.decisive()).isTrue();
  }

  @Test
  void sameMobileWrittenTwoWaysIsOnePersonWhateverTheTitle() {
    assertThat(single("IDA1", "duplicate-expert").sentence())
        .contains("李娜 (教授, 生物医药) also under 衡阳市IDA2科技有限公司, matched on phone");
    assertThat(single("IDA2", "duplicate-expert").evidence())
        .startsWith("李娜|教授|生物医药 (phone): IDA1 E-IDA1-0 2022-06-02, IDA2 E-IDA2-0 2022-06-03");
  }

  @Test
  void namesakesWithTheSameTitleAndFieldButDifferentMobilesAreNotFlagged() {
    assertThat(findings(run, "IDB1")).isEmpty();
    assertThat(findings(run, "IDB2")).isEmpty();
  }

  @Test
  void flagsComeByConsequenceTargetsMetOnlyWithThemFirst() {
    List<Finding> all = run.integrity().findings();
    assertThat(all).isSortedAccordingTo(Finding.BY_CONSEQUENCE);
    assertThat(all.get(0).consequence()).isEqualTo(Finding.Consequence.DECISIVE);
    assertThat(all)
        .filteredOn(f -> f.orgId().equals("WD"))
        .extracting(Finding::consequence)
        .containsExactly(Finding.Consequence.LOST);
    assertThat(all.get(all.size() - 1).decisive()).isFalse();
    assertThat(IntegrityModels.flags(run))
        .filteredOn(f -> f.rank() > 0)
        .extracting(cn.kczg.reports.IntegrityFlag::subject)
        .containsExactlyElementsOf(all.stream().map(Finding::orgId).toList());
  }

  @Test
  void steadyHighActivityOrganizationIsNotFlagged() {
    assertThat(progress(run, "STEADY").counts().get(ItemKind.NEWS)).isGreaterThan(400);
    assertThat(findings(run, "STEADY")).isEmpty();
  }

  @Test
  void samePersonUnderTwoOrganizationsIsFlaggedForBoth() {
    assertThat(findings(run, "DUP1"))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.sentence())
                  .isEqualTo(
                      "experts: 1 expert also listed under other organizations (王伟 (教授, 材料科学) also"
                          + " under 衡阳市DUP2科技有限公司, matched on name, title and field only);"
                          + " counted once 9 of 10 (target met only with them)");
              assertThat(f.evidence())
                  .isEqualTo(
                      "王伟|教授|材料科学 (name): DUP1 E-DUP1-0 2022-06-15, DUP2 E-DUP2-0 2022-06-01");
            });
    assertThat(findings(run, "DUP2"))
        .extracting(Finding::check)
        .containsExactly("duplicate-expert");
    assertThat(findings(run, "DUP3")).as("same name, other field: another person").isEmpty();
  }

  @Test
  void withdrawalRightAfterACountThatFlipsTheTargetIsFlagged() {
    assertThat(findings(run, "WD"))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.sentence())
                  .isEqualTo(
                      "news: 4 items counted on 2022-07-04 withdrawn by 2022-07-11; 30 of 30 then,"
                          + " 26 of 30 after (target met, then missed)");
              assertThat(f.evidence()).endsWith("items WD-0 WD-1 WD-2 WD-3");
              assertThat(f.decisive()).isTrue();
            });
    assertThat(findings(run, "WD2"))
        .as("never counted, so never withdrawn after a count")
        .isEmpty();
  }

  @Test
  void flagsChangeNoCountWhenThePolicyIsOff() {
    var counts =
        new Counting(warehouse, RegistryHistory.load(warehouse), Map.of())
            .execute(List.of(D1, D2), D2, List.of(D1, D2));
    for (String org : IntegrityFixture.ORGS) {
      assertThat(progress(run, org).counts()).as(org).isEqualTo(counts.of(D2, org));
    }
    assertThat(progress(run, "DUP1").counts().get(ItemKind.EXPERTS)).isEqualTo(10);
  }

  @Test
  void countOncePolicyChangesTheOfficialFigureAndShowsBoth() throws IOException {
    RunResult once =
        run(variant("count_duplicate_experts_once: false", "count_duplicate_experts_once: true"));
    assertThat(progress(once, "DUP1").counts().get(ItemKind.EXPERTS)).isEqualTo(9);
    assertThat(progress(once, "DUP2").counts().get(ItemKind.EXPERTS))
        .as("listed him first")
        .isEqualTo(1);
    assertThat(findings(once, "DUP1"))
        .singleElement()
        .extracting(Finding::sentence)
        .asString()
        .endsWith("the rulebook counts each person once: 9 of 10 (10 without the rule)");
  }

  @Test
  void distinctTitlesPolicyCountsEachTitleOnce() throws IOException {
    RunResult distinct = run(variant("distinct_titles_only: false", "distinct_titles_only: true"));
    assertThat(progress(distinct, "PAD").counts().get(ItemKind.NEWS)).isEqualTo(26);
    assertThat(findings(distinct, "PAD"))
        .singleElement()
        .extracting(Finding::sentence)
        .asString()
        .endsWith("the rulebook counts distinct titles only: 26 of 30 (30 without the rule)");
  }

  @Test
  void flaggedOrganizationGetsItsDailyActivityWithTheBurstDayMarked() {
    DailyActivity burst =
        IntegrityModels.activities(run).stream()
            .filter(a -> a.orgId().equals("BURST"))
            .findFirst()
            .orElseThrow();
    assertThat(burst.on(LocalDate.of(2022, 7, 10)).get(ItemKind.NEWS)).isEqualTo(27);
    assertThat(burst.marked()).containsExactly(LocalDate.of(2022, 7, 10));
    assertThat(IntegrityModels.activities(run))
        .extracting(DailyActivity::orgId)
        .containsExactly("BURST", "BURSTA", "BURSTB", "DUP1", "DUP2", "IDA1", "IDA2", "PAD", "WD");
  }

  @Test
  void organizationOnlyAFigureFlagsGetsItsDailyActivityToo() throws IOException {
    // WD's four withdrawn items are below a minimum of five: only the flipped target flags it.
    RunResult higher = run(variant("min_items: 3", "min_items: 5"));
    assertThat(findings(higher, "WD"))
        .singleElement()
        .extracting(Finding::decisive)
        .isEqualTo(true);
    DailyActivity wd =
        IntegrityModels.activities(higher).stream()
            .filter(a -> a.orgId().equals("WD"))
            .findFirst()
            .orElseThrow();
    assertThat(wd.perDay().values().stream().mapToInt(c -> c.get(ItemKind.NEWS)).sum())
        .isEqualTo(progress(run, "WD").counts().get(ItemKind.NEWS));
  }

  @Test
  void onlyTheFlaggedOrganizationsDailyCountsAreRead() throws IOException {
    // A withdrawal below the minimum that flipped no target flags nobody, so its organization's
    // days are not read.
    Rulebook rulebook = variant("min_items: 3", "min_items: 5");
    IntegrityRules rules = IntegrityRules.of(rulebook.sections());
    List<LocalDate> drops = List.of(D0, D1, D2);
    MainStates states =
        MainStates.at(
            warehouse,
            RegistryHistory.load(warehouse),
            Map.of(),
            D2,
            IntegrityRun.request(rules, drops));
    {
      for (boolean local : List.of(true, false)) {
        IntegrityRun.Gathered gathered =
            IntegrityRun.gather(rules, states, drops, rulebook.deadline(), w -> false, local);
        assertThat(gathered.evidence().withdrawals()).extracting(w -> w.orgId()).contains("WD");
        assertThat(gathered.activity())
            .extracting(d -> d.orgId())
            .doesNotContain("WD")
            .isNotEmpty();
      }
    }
  }

  private static Rulebook variant(String from, String to) throws IOException {
    try (InputStream in =
        Rulebooks.class.getClassLoader().getResourceAsStream("programs/hengyang-2022.yaml")) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return Rulebooks.parse(
          text.replace(from, to).getBytes(StandardCharsets.UTF_8), "variant.yaml");
    }
  }
}
