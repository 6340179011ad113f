package cn.kczg.jobs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cn.kczg.jobs.spark.SharedSpark;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole path on the bundled 衡阳 sample: {@code kczg demo}, then a time-travel run as of an
 * earlier drop. The figures are checked against data-samples/hengyang-2022/expected.csv, which was
 * counted by hand rules with an independent reference counter (see EXPECTED.md there: each pinned
 * organization's counts are explained item by item).
 */
final class DemoEndToEndTest {
  @TempDir static Path tmp;
  static Path out;
  static Path english;
  static int demoExit;
  static int pastExit;
  static String demoSummary;
  static String englishSummary;

  @BeforeAll
  static void runDemoAndAPastDate() {
    SharedSpark.session();
    out = tmp.resolve("out");
    english = tmp.resolve("out-en");
    String warehouse = tmp.resolve("wh").toString();
    demoSummary =
        printed(
            () ->
                demoExit =
                    Main.execute(
                        "demo", "--quiet", "--warehouse", warehouse, "--out", out.toString()));
    englishSummary =
        printed(
            () ->
                Main.execute(
                    "run",
                    "--quiet",
                    "--lang",
                    "en",
                    "--warehouse",
                    warehouse,
                    "--out",
                    english.toString()));
    pastExit =
        Main.execute(
            "run",
            "--quiet",
            "--as-of",
            "2022-06-27",
            "--warehouse",
            warehouse,
            "--out",
            out.toString());
  }

  /** What a command printed on standard output. */
  private static String printed(Runnable command) {
    java.io.PrintStream before = System.out;
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    System.setOut(new java.io.PrintStream(bytes, true, StandardCharsets.UTF_8));
    try {
      command.run();
    } finally {
      System.setOut(before);
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void everyPeopleFacingOutputOfTheDemoIsInChinese() throws IOException {
    List<PeopleFacingText.Named> texts =
        new ArrayList<>(PeopleFacingText.of(out.resolve("hengyang-2022/2022-07-11")));
    texts.add(new PeopleFacingText.Named("terminal summary", demoSummary));
    assertThat(demoSummary).contains("机构类型", "合计", "截止前有风险");
    assertThat(texts).hasSizeGreaterThan(100);
    for (PeopleFacingText.Named t : texts) {
      assertThat(PeopleFacingText.englishWords(t.text())).as(t.name()).isEmpty();
    }
  }

  @Test
  void withLangEnTheSameOutputsAreInEnglish() throws IOException {
    Path folder = english.resolve("hengyang-2022/2022-07-11");
    Map<String, String> texts = new HashMap<>();
    PeopleFacingText.of(folder).forEach(t -> texts.put(t.name(), t.text()));
    assertThat(texts.get("weekly-report.xlsx"))
        .contains("Summary", "Lagging and risk", "organization");
    assertThat(texts.get("index.html")).contains("This week", "Quarantine (13 rows, 8 problems");
    assertThat(texts.get("mail/subject.txt")).startsWith("[Weekly] ");
    assertThat(texts.get("mail/body.txt")).contains("organizations meeting every target");
    assertThat(texts.get("forms/推荐汇总表-衡南县科协.xlsx")).contains("Recommendation summary");
    assertThat(texts.get("forms/推荐材料-衡南县科协.pdf")).contains("Annex 3");
    assertThat(englishSummary).contains("category", "total", "at risk before the deadline");
    texts.forEach(
        (name, text) -> assertThat(PeopleFacingText.englishWords(text)).as(name).isNotEmpty());
  }

  @Test
  void theDashboardNamesTheOrganizationAndTheFixOfTheQuarantinedRowThatBlocksATarget()
      throws IOException {
    String page = Files.readString(out.resolve("hengyang-2022/2022-07-11/index.html"));
    assertThat(page)
        .contains("隔离（13行，8个问题，其中1个影响达标）")
        .contains("耒阳市天成机电设备有限公司（HYQY0161）：补上后 需求 2/3 → 3/3，全部达标")
        .contains("2022-06-20（第653行）、2022-06-27（第653行）、2022-07-04（第653行）、2022-07-11（第654行）");
  }

  private static List<Map<String, String>> csv(Path file) throws IOException {
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    String[] header = lines.get(0).replace("\uFEFF", "").split(",");
    List<Map<String, String>> rows = new ArrayList<>();
    for (String line : lines.subList(1, lines.size())) {
      String[] cells = line.split(",", -1);
      Map<String, String> row = new HashMap<>();
      for (int i = 0; i < header.length; i++) {
        row.put(header[i], i < cells.length ? cells[i] : "");
      }
      rows.add(row);
    }
    return rows;
  }

  @Test
  void progressEqualsTheHandCountOfEveryPinnedOrganizationAtBothDates() throws IOException {
    assertThat(demoExit).isZero();
    assertThat(pastExit).isZero();
    Path expected = DemoCommand.samplesHome().resolve("hengyang-2022/expected.csv");
    int checked = 0;
    for (Map<String, String> e : csv(expected)) {
      Path progress = out.resolve("hengyang-2022").resolve(e.get("as_of")).resolve("progress.csv");
      Map<String, String> row =
          csv(progress).stream()
              .filter(r -> r.get("org_id").equals(e.get("org_code")))
              .findFirst()
              .orElse(null);
      if (row == null) {
        // Not in the registry in force at that date (HYQY0281 joins with the 07-04 registry): no
        // row, nothing counted.
        assertThat(
                e.get("experts")
                    + e.get("achievements")
                    + e.get("demands")
                    + e.get("news")
                    + e.get("activities"))
            .isEqualTo("00000");
        checked++;
        continue;
      }
      for (String kind : List.of("experts", "achievements", "demands", "news", "activities")) {
        assertThat(row.get(kind))
            .as(e.get("org_code") + " " + kind + " as of " + e.get("as_of"))
            .isEqualTo(e.get(kind));
      }
      assertThat(row.get("met_all")).isEqualTo(e.get("meets_all_targets"));
      checked++;
    }
    assertThat(checked).isEqualTo(18);
  }

  @Test
  void shortlistRespectsQuotasAndListsOnlyQualifyingOrganizations() throws IOException {
    Path folder = out.resolve("hengyang-2022/2022-07-11");
    Map<String, Map<String, String>> progress = new HashMap<>();
    csv(folder.resolve("progress.csv")).forEach(r -> progress.put(r.get("org_id"), r));
    List<Map<String, String>> shortlist = csv(folder.resolve("shortlist.csv"));
    assertThat(shortlist)
        .hasSize(98)
        .allSatisfy(
            s -> assertThat(progress.get(s.get("org_id")).get("met_all")).isEqualTo("true"));
    assertThat(shortlist.stream().filter(s -> s.get("category").equals("企业"))).hasSize(90);
    for (Map<String, String> channel : csv(folder.resolve("channels.csv"))) {
      assertThat(Integer.parseInt(channel.get("shortlisted")))
          .isLessThanOrEqualTo(Integer.parseInt(channel.get("slots")));
    }
    assertThat(Files.readString(folder.resolve("progress.csv")))
        .startsWith(
            "\uFEFForg_id,org_name,org_type,level,region,channel,experts,achievements,demands,news,activities,met_all,completion,rank_in_category");
  }

  @Test
  void theTwoStagesHoldOnTheBundledSample() throws IOException {
    Path folder = out.resolve("hengyang-2022/2022-07-11");
    Map<String, Map<String, String>> progress = new HashMap<>();
    csv(folder.resolve("progress.csv")).forEach(r -> progress.put(r.get("org_id"), r));
    Map<String, String> nameToId = new HashMap<>();
    progress.values().forEach(r -> nameToId.put(r.get("org_name"), r.get("org_id")));
    // stage 1: every channel's annex 3 lists min(slots, qualifying), only qualifying ones
    for (Map<String, String> channel : csv(folder.resolve("channels.csv"))) {
      String name = channel.get("channel");
      long qualifying =
          progress.values().stream()
              .filter(r -> r.get("channel").equals(name) && r.get("met_all").equals("true"))
              .count();
      int slots = Integer.parseInt(channel.get("slots"));
      List<String> listed = annex3Names(folder.resolve("forms/推荐汇总表-" + name + ".xlsx"));
      assertThat(listed).as(name).hasSize((int) Math.min(slots, qualifying));
      assertThat(listed)
          .as(name)
          .allSatisfy(
              n -> assertThat(progress.get(nameToId.get(n)).get("met_all")).isEqualTo("true"))
          .allSatisfy(
              n -> assertThat(progress.get(nameToId.get(n)).get("channel")).isEqualTo(name));
      assertThat(folder.resolve("forms/推荐材料-" + name + ".pdf")).isNotEmptyFile();
    }
    // stage 2: never more than quota + tolerance (企业 90 + 5, the others exact)
    Map<String, Integer> most = Map.of("市级学会", 3, "高校", 3, "医院", 2, "企业", 95);
    List<Map<String, String>> shortlist = csv(folder.resolve("shortlist.csv"));
    most.forEach(
        (category, n) ->
            assertThat(shortlist.stream().filter(s -> s.get("category").equals(category)))
                .hasSizeLessThanOrEqualTo(n));
    // every qualifying organization is selected or not selected with a reason
    List<Map<String, String>> notSelected = csv(folder.resolve("not_selected.csv"));
    List<String> accounted = new ArrayList<>();
    shortlist.forEach(s -> accounted.add(s.get("org_id")));
    notSelected.forEach(n -> accounted.add(n.get("org_id")));
    assertThat(accounted)
        .doesNotHaveDuplicates()
        .containsExactlyInAnyOrderElementsOf(
            progress.values().stream()
                .filter(r -> r.get("met_all").equals("true"))
                .map(r -> r.get("org_id"))
                .toList());
    assertThat(notSelected)
        .allSatisfy(n -> assertThat(n.get("reason")).isNotBlank())
        .allSatisfy(n -> assertThat(n.get("stage")).isIn("channel", "city"));
  }

  @Test
  void annexTwoIsFilledFromEveryRegistryFieldThatExists() throws IOException {
    Path form = out.resolve("hengyang-2022/2022-07-11/forms/信息采集表-衡州大学-HYGX01.xlsx");
    List<String> cells = new ArrayList<>();
    try (var in = Files.newInputStream(form);
        var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(in)) {
      workbook.getSheetAt(0).forEach(r -> r.forEach(c -> cells.add(c.getStringCellValue())));
    }
    // 职务(职称), 简介 and the 科协's officers come from the registry's optional columns
    assertThat(cells).anySatisfy(c -> assertThat(c).endsWith("（教授）"));
    assertThat(cells).anySatisfy(c -> assertThat(c).startsWith("衡州大学位于衡阳市"));
    assertThat(cells).anySatisfy(c -> assertThat(c).contains("成立科协，主席", "；副主席", "；秘书长", "（"));
  }

  /** The organization names an annex 3 form lists (column 参评单位名称 below the header). */
  private static List<String> annex3Names(Path file) throws IOException {
    List<String> names = new ArrayList<>();
    try (var in = Files.newInputStream(file);
        var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(in)) {
      var sheet = workbook.getSheetAt(0);
      for (int r = 3; r <= sheet.getLastRowNum(); r++) {
        var row = sheet.getRow(r);
        String number = row.getCell(0).getStringCellValue();
        if (number.matches("\\d+") && !row.getCell(1).getStringCellValue().isEmpty()) {
          names.add(row.getCell(1).getStringCellValue());
        }
      }
    }
    return names;
  }

  @Test
  void everyOutputIsWritten() {
    Path folder = out.resolve("hengyang-2022/2022-07-11");
    for (String name :
        List.of(
            "progress.csv",
            "shortlist.csv",
            "channels.csv",
            "reserve.csv",
            "quarantine.csv",
            "recommendations.csv",
            "not_selected.csv",
            "weekly-report.xlsx",
            "met-trend.png",
            "ranking-企业.png",
            "index.html",
            "mail/body.html",
            "manifest.json")) {
      assertThat(folder.resolve(name)).isNotEmptyFile();
    }
    assertThat(folder.resolve("ranking.png")).as("no duplicate chart files").doesNotExist();
  }

  @Test
  void userMistakesGetOneLineAndANonZeroExit() {
    assertThat(
            Main.execute(
                "run",
                "--quiet",
                "--as-of",
                "2020-01-01",
                "--warehouse",
                tmp.resolve("wh").toString()))
        .isEqualTo(1);
    assertThat(Main.execute("run", "--as-of", "not-a-date")).isEqualTo(2);
    assertThat(Main.execute("ingest", "--quiet", tmp.resolve("missing").toString())).isEqualTo(1);
    assertThat(
            Main.execute(
                "run", "--quiet", "--program", "nope", "--warehouse", tmp.resolve("wh").toString()))
        .isEqualTo(1);
  }
}
