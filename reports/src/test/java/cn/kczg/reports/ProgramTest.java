package cn.kczg.reports;

import static org.assertj.core.api.Assertions.assertThat;

import cn.kczg.schemas.program.Rulebooks;
import org.junit.jupiter.api.Test;

final class ProgramTest {
  @Test
  void takesCategoriesAndQuotasFromTheRulebook() {
    Program program = Program.of(Rulebooks.builtIn().get("hengyang-2022"));
    assertThat(program.categoryNames()).containsExactly("市级学会", "高校", "医院", "企业");
    assertThat(program.quota("企业")).isEqualTo(90);
    assertThat(program.notice()).isEqualTo("衡市科协字〔2022〕16号");
  }

  @Test
  void leadingCategoryIsTheOneWithTheLargestQuota() {
    assertThat(Program.of(Rulebooks.builtIn().get("hengyang-2022")).leadingCategory())
        .isEqualTo("企业");
  }

  @Test
  void anUnknownCategoryHasNoQuota() {
    assertThat(SampleModels.program().quota("科研院所")).isZero();
  }
}
