package cn.kczg.schemas.program;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

final class RulebookSchemaTest {
  private final RulebookSchema schema = RulebookSchema.defaults();

  @Test
  void everyKeyHasADefaultAndADoc() {
    assertThat(schema.keys())
        .isNotEmpty()
        .allSatisfy(
            k -> {
              assertThat(k.value()).as(k.path()).isNotNull();
              assertThat(k.doc()).as(k.path()).isNotBlank();
            });
  }

  @Test
  void loadersTakeTheirDefaultsFromTheSchema() {
    Rulebook book =
        Rulebooks.parse(
            ("id: x\ntitle: X\ncategories:\n  - {name: 企业, quota: 1, targets: {experts: 1,"
                    + " achievements: 1, demands: 1, news: 1, activities: 1}}\n")
                .getBytes(StandardCharsets.UTF_8),
            "x.yaml");

    assertThat(book.type()).isEqualTo(schema.text("type"));
    assertThat(book.reserveSize()).isEqualTo(schema.whole("reserve_size"));
    assertThat(book.sections()).containsEntry("forecast_window", schema.whole("forecast_window"));
  }

  @Test
  void aKeyWithoutADefaultIsAProgrammingErrorNamingTheFile() {
    assertThatThrownBy(() -> schema.value("no.such.key"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "no default for 'no.such.key' in programs/rulebook-schema.yaml; add it there with its doc");
  }
}
