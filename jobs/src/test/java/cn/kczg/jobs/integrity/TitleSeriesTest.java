package cn.kczg.jobs.integrity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import cn.kczg.jobs.integrity.TitleSeries.Copies;
import cn.kczg.jobs.integrity.TitleSeries.TitledItem;
import cn.kczg.schemas.integrity.PaddedTitleRule;
import cn.kczg.schemas.model.ItemKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

final class TitleSeriesTest {
  private static final PaddedTitleRule RULE =
      new PaddedTitleRule(true, List.of(ItemKind.NEWS), 4, false, List.of("周报", "简报"), 3);
  private static final LocalDate MONDAY = LocalDate.of(2022, 3, 7);

  private static TitledItem item(int n, String title, LocalDate date) {
    return new TitledItem("ZX" + n, title, date);
  }

  private static List<Copies> copies(String key, List<TitledItem> items) {
    return TitleSeries.copies(RULE, key, items);
  }

  @Test
  void formReplacesEveryNumberWithAHash() {
    assertThat(TitleSeries.form("工作简报（12）")).isEqualTo("工作简报(#)");
    assertThat(TitleSeries.form("2022年第十二期 工作动态")).isEqualTo("#年第#期工作动态");
    assertThat(TitleSeries.form("六月科普月报")).isEqualTo("#月科普月报");
    assertThat(TitleSeries.form("一种锂电池的制备方法")).isEqualTo("一种锂电池的制备方法");
  }

  @Test
  void aWeeklyNumberedNewsletterIsASeriesNotPadding() {
    List<TitledItem> items = new ArrayList<>();
    for (int n = 1; n <= 20; n++) {
      items.add(item(n, "工作简报（" + n + "）", MONDAY.plusWeeks(n)));
    }
    assertThat(copies("工作简报", items)).isEmpty();
  }

  @Test
  void aSeriesIsPaddingWhereOneIssueRepeats() {
    List<TitledItem> items = new ArrayList<>();
    for (int n = 1; n <= 20; n++) {
      items.add(item(n, "工作简报（" + n + "）", MONDAY.plusWeeks(n)));
    }
    for (int k = 0; k < 3; k++) {
      items.add(item(100 + k, "工作简报（7）", MONDAY.plusWeeks(7).plusDays(k + 1)));
    }
    assertThat(copies("工作简报", items))
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.key()).isEqualTo("工作简报(7)");
              assertThat(c.items()).hasSize(4);
            });
  }

  @Test
  void theSameTitleWithASeriesWordOnDifferentDaysIsAWeeklyIssueEachDay() {
    List<TitledItem> items = new ArrayList<>();
    for (int n = 0; n < 10; n++) {
      items.add(item(n, "科技周报", MONDAY.plusWeeks(n)));
    }
    assertThat(copies("科技周报", items)).isEmpty();
    items.add(item(50, "科技周报", MONDAY));
    assertThat(copies("科技周报", items))
        .extracting(c -> c.items().size())
        .as("twice on one day")
        .containsExactly(2);
  }

  @Test
  void variantsWrittenManyWaysAreCopiesOfOneTitle() {
    String[] padded = {"技术交流会（1）", "技术交流会 2", "技术交流会。", "技术交流会3", "技术交流会"};
    List<TitledItem> items = new ArrayList<>();
    for (int i = 0; i < padded.length; i++) {
      items.add(item(i, padded[i], MONDAY.minusDays(i)));
    }
    assertThat(copies("技术交流会", items))
        .extracting(Copies::key, c -> c.items().size())
        .containsExactly(tuple("技术交流会", 5));
  }

  @Test
  void numberedItemsOnOneDayAreNoSeries() {
    List<TitledItem> items = new ArrayList<>();
    for (int n = 1; n <= 5; n++) {
      items.add(item(n, "技术培训（" + n + "）", MONDAY));
    }
    assertThat(copies("技术培训", items)).extracting(c -> c.items().size()).containsExactly(5);
  }

  @Test
  void identicalTitlesWithoutASeriesWordAreCopiesOnWhateverDays() {
    List<TitledItem> items = new ArrayList<>();
    for (int n = 0; n < 5; n++) {
      items.add(item(n, "一种锂电池正极材料的制备方法", MONDAY.plusWeeks(n)));
    }
    assertThat(copies("一种锂电池正极材料的制备方法", items))
        .extracting(c -> c.items().size())
        .containsExactly(5);
  }

  @Test
  void aSeriesBesideStrayVariantsLeavesOnlyTheVariantsAsCopies() {
    List<TitledItem> items = new ArrayList<>();
    for (int n = 1; n <= 10; n++) {
      items.add(item(n, "技术交流会（" + n + "）", MONDAY.plusWeeks(n)));
    }
    items.add(item(90, "技术交流会。", MONDAY));
    items.add(item(91, "技术交流会", MONDAY.plusDays(1)));
    assertThat(copies("技术交流会", items))
        .extracting(Copies::key, c -> c.items().size())
        .containsExactly(tuple("技术交流会", 2));
  }
}
