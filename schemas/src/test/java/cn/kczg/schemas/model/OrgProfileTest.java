package cn.kczg.schemas.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

final class OrgProfileTest {
  @Test
  void severalOfficersInOneCellPairWithTheirPostsAndPhonesInOrder() {
    assertThat(OrgProfile.officers("副主席", "王强、李娜", "总工程师、研发部部长", "13800000001"))
        .containsExactly(
            new Officer("副主席", "王强", "总工程师", "13800000001"), new Officer("副主席", "李娜", "研发部部长", ""));
  }

  @Test
  void blankCellsGiveNoOfficerAndAnEmptyProfileHasNothing() {
    assertThat(OrgProfile.officers("秘书长", " ", "科研秘书", "13800000001")).isEmpty();
    assertThat(OrgProfile.officers("主席", null, null, null)).isEmpty();
    assertThat(OrgProfile.empty().officers()).isEmpty();
    assertThat(
            new Organization("A", "甲", null, "企业", null, "", "", null, null, null, null, null, null)
                .profile())
        .isEqualTo(OrgProfile.empty());
  }
}
