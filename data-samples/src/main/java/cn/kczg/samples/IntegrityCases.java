package cn.kczg.samples;

import java.io.IOException;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * The integrity checks' planted cases and their benign look-alikes in a benchmark inbox, each on an
 * enterprise of its own that receives no random items: what every check must flag (bursts three
 * days before the newest drop and in a drop whose other file is refused, one person under two
 * organizations by mobile and by ID number, padded titles four ways, a withdrawal that loses a
 * target) and what none may flag (namesakes with the same 职称 and 研究领域, experts registered with one
 * office phone, numbered and weekly newsletters, steady daily posters). {@link #writeList} lists
 * them in {@code planted.csv} beside the drop folders; {@link #writeRefusedFile} writes the file
 * the ingest refuses in the drop of the second burst.
 *
 * <p>An inbox of fewer than three drops or 100 organizations, or too few items to hold them three
 * times over, gets none.
 */
final class IntegrityCases {
  /** The list of cases, in the inbox folder beside the drops. */
  static final String LIST_FILE = "planted.csv";

  /** An achievements file without its 发布时间 column: refused by the ingest. */
  static final String REFUSED_FILE = "成果-补报.csv";

  /** One case: an organization and whether the check named must flag it. */
  record Case(String name, String check, Organization org, boolean flagged, String what) {}

  private record Planted(
      ItemKind kind, Organization org, List<String> details, LocalDate day, Lifecycle lifecycle) {}

  private final List<LocalDate> drops;
  private final Random random;
  private final Iterator<Organization> free;
  private final List<Case> cases = new ArrayList<>();
  private final List<Planted> items = new ArrayList<>();
  private final Set<String> reserved = new HashSet<>();

  private IntegrityCases(List<LocalDate> drops, Random random, Iterator<Organization> free) {
    this.drops = drops;
    this.random = random;
    this.free = free;
  }

  /**
   * The cases of an inbox of these organizations, drops (ascending) and item count, whose items
   * date from {@code start} on; with them the newsletters of one organization in five ({@link
   * NewsletterSeries}), which are not listed: a generated organization's newsletter is not a case.
   */
  static IntegrityCases plan(
      List<Organization> orgs, List<LocalDate> drops, LocalDate start, long itemCount, long seed) {
    List<Organization> candidates = new ArrayList<>();
    for (int i = orgs.size() - 1; i >= 0; i--) {
      Organization o = orgs.get(i);
      if (o.category() == Category.ENTERPRISE && o.hasAccount()) {
        candidates.add(o);
      }
    }
    IntegrityCases none =
        new IntegrityCases(drops, new Random(seed), List.<Organization>of().iterator());
    if (drops.size() < 3 || orgs.size() < 100 || candidates.size() < 30) {
      return none;
    }
    IntegrityCases out = new IntegrityCases(drops, new Random(seed), candidates.iterator());
    out.plantCases();
    out.plantLookAlikes();
    // The newsletters first: the items of the cases are numbered last, after every item of a
    // generated organization.
    List<Planted> cases = new ArrayList<>(out.items);
    out.items.clear();
    NewsletterSeries.plan(orgs, o -> !out.reserves(o), start, out.last(), out.random)
        .forEach(i -> out.news(i.org(), i.day(), i.title()));
    out.items.addAll(cases);
    return (long) out.items.size() * 3 > itemCount ? none : out;
  }

  /** Whether the organization holds a case (and so gets no random items). */
  boolean reserves(Organization org) {
    return reserved.contains(org.code());
  }

  /** How many items the cases hold. */
  int itemCount() {
    return items.size();
  }

  /** Writes the cases' items, numbered from {@code firstIndex} as the random items are. */
  void write(InboxWriter writer, long firstIndex) {
    for (int i = 0; i < items.size(); i++) {
      Planted p = items.get(i);
      String id = p.kind().idPrefix() + "2022" + String.format(Locale.ROOT, "%09d", firstIndex + i);
      writer.item(
          new SampleItem(
              p.kind(),
              id,
              p.details(),
              p.org().name(),
              p.org().account(),
              p.day(),
              p.day().toString(),
              p.lifecycle()));
    }
  }

  /** Writes {@code planted.csv} into the inbox folder, beside the drops. */
  void writeList(Path inbox) throws IOException {
    List<String> header = List.of("case", "check", "org_id", "org_name", "expected", "what");
    try (CsvFile list = CsvFile.create(inbox.resolve(LIST_FILE), header)) {
      for (Case c : cases) {
        list.row(
            List.of(
                c.name(),
                c.check(),
                c.org().code(),
                c.org().name(),
                c.flagged() ? "flag" : "clean",
                c.what()));
      }
    }
  }

  /** Writes the file the ingest refuses into the drop of the case burst-refused-drop. */
  void writeRefusedFile(Path inbox) throws IOException {
    if (cases.isEmpty()) {
      return;
    }
    Path refused = inbox.resolve(refusedDrop().toString()).resolve(REFUSED_FILE);
    try (CsvFile file = CsvFile.create(refused, List.of("成果ID", "成果名称", "发布机构", "状态"))) {
      file.row(List.of("CG2022BULU0001", "一种补报成果的制备方法", "补报单位", "已发布"));
    }
  }

  private LocalDate last() {
    return drops.get(drops.size() - 1);
  }

  private LocalDate refusedDrop() {
    return drops.get(drops.size() - 2);
  }

  private void plantCases() {
    burst(
        "burst-newest-drop",
        last().minusDays(3),
        40,
        "29 news 3 days before the newest drop; 0-2 a day before");
    burst(
        "burst-refused-drop",
        refusedDrop().minusDays(4),
        20,
        "29 news in the drop whose other file is refused; the news target met only with them");
    samePerson(
        "duplicate-phone",
        "欧阳晓东",
        List.of("欧阳晓东", "教授", "新材料", "13807341234", "oyxd@163.com", ""),
        List.of("欧阳晓东", "副教授", "新材料", "+86 138-0734-1234", "", ""),
        "one person under two organizations: same mobile written two ways; another 职称");
    String id = ScaleTexts.idNumber(random);
    samePerson(
        "duplicate-id-number",
        "谭志刚",
        List.of("谭志刚", "高级工程师", "智能制造", "13974712345", "", id),
        List.of("谭志刚", "高级工程师", "智能制造", "15973412345", "", id),
        "one person under two organizations: same ID number; the mobile changed");
    paddedIdentical();
    paddedVariants();
    seriesRepeatedIssue();
    numberedOneDay();
    withdrawn();
  }

  private void plantLookAlikes() {
    namesakes();
    officePhone();
    newsletter("newsletter-numbered", n -> "科协工作简报（" + n + "）", "weekly 科协工作简报（N）");
    newsletter("newsletter-weekly-title", n -> "科技周报", "科技周报 every Monday: the same title");
    newsletter("newsletter-issue-number", n -> "衡阳科普快报 " + n, "weekly 衡阳科普快报 N");
    newsletter("newsletter-period", n -> "工作动态（第" + n + "期）", "weekly 工作动态（第N期）");
    steady("steady-daily", 11);
    steady("steady-daily-high", 23);
  }

  private Organization take(String name, String check, boolean flagged, String what) {
    Organization org = free.next();
    reserved.add(org.code());
    cases.add(new Case(name, check, org, flagged, what));
    return org;
  }

  private void news(Organization org, LocalDate day, String title) {
    items.add(new Planted(ItemKind.NEWS, org, List.of(title), day, Lifecycle.published()));
  }

  private void randomNews(Organization org, LocalDate day) {
    randomNews(org, day, Lifecycle.published());
  }

  private void randomNews(Organization org, LocalDate day, Lifecycle lifecycle) {
    items.add(
        new Planted(
            ItemKind.NEWS, org, ScaleTexts.details(ItemKind.NEWS, day, random), day, lifecycle));
  }

  private void expert(Organization org, LocalDate day, List<String> details) {
    items.add(new Planted(ItemKind.EXPERTS, org, details, day, Lifecycle.published()));
  }

  /** 0, 1, 2 news a day for {@code before} days, then 29 on {@code day}. */
  private void burst(String name, LocalDate day, int before, String what) {
    Organization org = take(name, "burst", true, what);
    for (int d = 0; d < before; d++) {
      for (int k = 0; k < d % 3; k++) {
        randomNews(org, day.minusDays(before - d));
      }
    }
    for (int k = 0; k < 29; k++) {
      randomNews(org, day);
    }
  }

  /** Nine experts each and one person under both, as the two listings given. */
  private void samePerson(
      String name, String person, List<String> first, List<String> second, String what) {
    for (List<String> listing : List.of(first, second)) {
      Organization org = take(name, "duplicate-expert", true, what);
      LocalDate day = drops.get(0).minusDays(20 + random.nextInt(20));
      expert(org, day, listing);
      otherExperts(org, 9, person);
    }
  }

  private void otherExperts(Organization org, int count, String except) {
    for (int i = 0; i < count; i++) {
      String name = PeopleNames.fullName(random);
      if (name.equals(except)) {
        name = name + "华";
      }
      expert(org, drops.get(0).minusDays(random.nextInt(60)), ScaleTexts.expert(name, random));
    }
  }

  private void paddedIdentical() {
    Organization org =
        take(
            "padded-identical",
            "padded-titles",
            true,
            "one achievement title five times on five days");
    for (int w = 0; w < 5; w++) {
      items.add(
          new Planted(
              ItemKind.ACHIEVEMENTS,
              org,
              List.of("一种稀土永磁电机的寿命预测方法", "新材料"),
              last().minusWeeks(w + 1),
              Lifecycle.published()));
    }
  }

  private void paddedVariants() {
    Organization org =
        take("padded-variants", "padded-titles", true, "技术交流会 written five ways on five days");
    String[] padded = {"技术交流会（1）", "技术交流会 2", "技术交流会。", "技术交流会3", "技术交流会"};
    for (int i = 0; i < padded.length; i++) {
      news(org, last().minusDays(5 + i), padded[i]);
    }
    for (int i = 0; i < 25; i++) {
      randomNews(org, last().minusDays(5 + i));
    }
  }

  private void seriesRepeatedIssue() {
    Organization org =
        take("series-repeated-issue", "padded-titles", true, "weekly 工作简报（N）; issue 7 four times");
    LocalDate monday = mondayBefore(last()).minusWeeks(12);
    for (int n = 1; n <= 12; n++) {
      news(org, monday.plusWeeks(n - 1), "工作简报（" + n + "）");
    }
    for (int k = 1; k <= 3; k++) {
      news(org, monday.plusWeeks(6).plusDays(k), "工作简报（7）");
    }
  }

  private void numberedOneDay() {
    Organization org = take("numbered-one-day", "padded-titles", true, "技术培训（1）…（5） on one day");
    for (int n = 1; n <= 5; n++) {
      news(org, last().minusDays(10), "技术培训（" + n + "）");
    }
  }

  private void withdrawn() {
    Organization org =
        take(
            "withdrawn-after-count",
            "withdrawn-after-count",
            true,
            "30 news counted; 4 withdrawn in the newest drop (target met then missed)");
    for (int i = 0; i < 30; i++) {
      randomNews(
          org,
          drops.get(0).minusDays(30 - i),
          i < 4 ? Lifecycle.withdrawnAt(last()) : Lifecycle.published());
    }
  }

  private void namesakes() {
    for (int i = 0; i < 2; i++) {
      Organization org =
          take("common-name", "duplicate-expert", false, "王伟 (高级工程师 智能制造) in both: two mobiles");
      List<String> wang = new ArrayList<>(ScaleTexts.expert("王伟", random));
      wang.set(1, "高级工程师");
      wang.set(2, "智能制造");
      expert(org, drops.get(0).minusDays(10 + i), wang);
      otherExperts(org, 9, "王伟");
    }
  }

  private void officePhone() {
    for (int i = 0; i < 2; i++) {
      Organization org =
          take(
              "shared-office-phone",
              "duplicate-expert",
              false,
              "ten experts registered with one office phone");
      for (int k = 0; k < 10; k++) {
        List<String> e =
            new ArrayList<>(ScaleTexts.expert(PeopleNames.fullName(random) + "明", random));
        e.set(3, "0734-8123456");
        expert(org, drops.get(0).minusDays(5 + k), e);
      }
    }
  }

  /** A weekly series of 20 issues on Mondays up to the newest drop. */
  private void newsletter(String name, java.util.function.IntFunction<String> title, String what) {
    Organization org = take(name, "padded-titles", false, what);
    LocalDate monday = mondayBefore(last()).minusWeeks(19);
    for (int n = 1; n <= 20; n++) {
      news(org, monday.plusWeeks(n - 1), title.apply(n));
    }
  }

  /**
   * News every day from five weeks before the first drop, as many as independent uploads at {@code
   * mean} a day give (a Poisson count: some days a third above the mean).
   */
  private void steady(String name, int mean) {
    Organization org = take(name, "burst", false, "about " + mean + " news every day (Poisson)");
    for (LocalDate d = drops.get(0).minusWeeks(5); !d.isAfter(last()); d = d.plusDays(1)) {
      int n = poisson(mean);
      for (int k = 0; k < n; k++) {
        randomNews(org, d);
      }
    }
  }

  /** A Poisson count of the given mean (Knuth's method; fine for means up to a few dozen). */
  private int poisson(double mean) {
    double limit = Math.exp(-mean);
    double product = random.nextDouble();
    int n = 0;
    while (product > limit) {
      product *= random.nextDouble();
      n++;
    }
    return n;
  }

  private static LocalDate mondayBefore(LocalDate day) {
    return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
  }
}
