package cn.kczg.jobs.run;

import static org.assertj.core.api.Assertions.assertThat;

import cn.kczg.reports.QuarantineRow;
import cn.kczg.schemas.model.ItemKind;
import cn.kczg.schemas.model.Organization;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A quarantined row is matched to an organization the way the counting rules attribute items. */
final class QuarantineTargetsTest {
  private static final LocalDate DROP = LocalDate.of(2022, 7, 11);

  private static Organization org(String id, String name, String account) {
    return new Organization(
        id, name, account, "企业", "", "耒阳市", "耒阳市科协", null, "", "", "", null, "");
  }

  private static final QuarantineTargets TARGETS =
      new QuarantineTargets(
          List.of(
              org("HYQY0161", "耒阳市天成机电设备有限公司", "tiancheng01"),
              org("HYQY0168", "常宁市金瑞矿业科技有限公司", "")),
          Map.of("衡阳县振华农机专业合作社", "HYQY0168"),
          id -> id.equals("demands-v2") ? Optional.of(ItemKind.DEMANDS) : Optional.empty());

  private static cn.kczg.schemas.result.QuarantineRow row(
      String source, String reason, String raw, List<String> suggestions) {
    return new cn.kczg.schemas.result.QuarantineRow(
        "2022-07-11/需求.csv", 654, DROP, source, reason, "需求ID is empty", raw, suggestions);
  }

  @Test
  void aRowCountsForTheOrganizationWhoseNormalizedNameItCarries() {
    QuarantineRow r =
        TARGETS.target(
            row(
                "demands",
                "MISSING_ID",
                ",引进生物医药领域高层次人才,节能环保,耒阳市天成机电设备有限公司 ,,2022-06-12,已发布",
                List.of()));
    assertThat(r.orgId()).isEqualTo("HYQY0161");
    assertThat(r.match()).isEqualTo("name");
    assertThat(r.kind()).isEqualTo(ItemKind.DEMANDS);
    assertThat(r.dropDate()).isEqualTo(DROP);
  }

  @Test
  void aKnownAccountWinsOverTheName() {
    QuarantineRow r =
        TARGETS.target(
            row("demands-v2", "BAD_DATE", "X1,标题,常宁市金瑞矿业科技有限公司,tiancheng01,下周", List.of()));
    assertThat(r.orgId()).isEqualTo("HYQY0161");
    assertThat(r.match()).isEqualTo("account");
    assertThat(r.kind())
        .as("the kind of a custom source, from its definition")
        .isEqualTo(ItemKind.DEMANDS);
  }

  @Test
  void aConfirmedAliasAndThenTheClosestSuggestionAreUsedForAnUnknownName() {
    assertThat(
            TARGETS.target(
                row("news", "UNKNOWN_ORG", "news,ZX1,衡阳县振华农机专业合作社,,2022-05-12", List.of())))
        .extracting(QuarantineRow::orgId, QuarantineRow::match, QuarantineRow::kind)
        .containsExactly("HYQY0168", "alias", ItemKind.NEWS);
    assertThat(
            TARGETS.target(
                row(
                    "news",
                    "UNKNOWN_ORG",
                    "news,ZX2,耒阳市天城机电设备有限公司,,2022-05-10",
                    List.of("耒阳市天成机电设备有限公司 [HYQY0161]", "常宁市金瑞矿业科技有限公司 [HYQY0168]"))))
        .extracting(QuarantineRow::orgId, QuarantineRow::match)
        .containsExactly("HYQY0161", "suggestion");
  }

  @Test
  void aRegistryRowOrAnUnreadableOneCountsForNoIndicator() {
    QuarantineRow registry =
        TARGETS.target(row("registry", "MISSING_VALUE", "HYQY0161,耒阳市天成机电设备有限公司,", List.of()));
    assertThat(registry.kind()).isNull();
    assertThat(registry.orgId()).isNull();
    assertThat(QuarantineTargets.cells("a,\"b,c\",d")).containsExactly("a", "b,c", "d");
    assertThat(QuarantineTargets.cells("a,\"b\"x,c")).containsExactly("a", "\"b\"x", "c");
  }
}
