package cn.kczg.jobs.integrity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import cn.kczg.jobs.integrity.ExpertIdentity.Listing;
import cn.kczg.jobs.integrity.IntegrityEvidence.ExpertListing;
import cn.kczg.schemas.integrity.DuplicateExpertRule;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

final class ExpertIdentityTest {
  private static final DuplicateExpertRule RULE =
      new DuplicateExpertRule(true, 2, false, DuplicateExpertRule.IDENTIFIERS, "name");
  private static final LocalDate DAY = LocalDate.of(2022, 6, 1);

  private static Listing listing(String org, String position, String field, String... ids) {
    Map<String, String> map = new HashMap<>();
    for (int i = 0; i < ids.length; i += 2) {
      map.put(ids[i], ids[i + 1]);
    }
    return listing("王伟|" + position + "|" + field, position, field, org, "E-" + org, map);
  }

  private static Listing listing(
      String key, String position, String field, String org, String id, Map<String, String> ids) {
    return new Listing(new ExpertListing(key, "王伟", position, field, org, id, DAY, null), ids);
  }

  private static List<ExpertListing> people(Listing... listings) {
    return ExpertIdentity.people(List.of(listings), RULE);
  }

  @Test
  void sameNameAndPhoneIsOnePersonWhateverTheTitle() {
    List<ExpertListing> found =
        people(
            listing("A", "教授", "材料科学", "phone", "13812345678"),
            listing("B", "副教授", "新材料", "phone", "13812345678"));
    assertThat(found)
        .extracting(ExpertListing::orgId, ExpertListing::match, ExpertListing::personKey)
        .containsExactly(tuple("A", "phone", "王伟|教授|材料科学"), tuple("B", "phone", "王伟|教授|材料科学"));
  }

  @Test
  void namesakesWithDifferentPhonesAreTwoPeopleEvenWithTheSameTitleAndField() {
    assertThat(
            people(
                listing("A", "教授", "智能制造", "phone", "13812345678"),
                listing("B", "教授", "智能制造", "phone", "13987654321")))
        .isEmpty();
  }

  @Test
  void theStrongestIdentifierBothCarryDecides() {
    // Same ID number, phones changed: one person. Different ID numbers, shared office phone: two.
    assertThat(
            people(
                listing("A", "教授", "材料", "id_number", "43040519900307123X", "phone", "1"),
                listing("B", "教授", "材料", "id_number", "43040519900307123X", "phone", "2")))
        .extracting(ExpertListing::match)
        .containsExactly("id_number", "id_number");
    assertThat(
            people(
                listing("A", "教授", "材料", "id_number", "430405199003071234", "phone", "1"),
                listing("B", "教授", "材料", "id_number", "430405198805064321", "phone", "1")))
        .isEmpty();
  }

  @Test
  void withoutIdentifiersEqualNameTitleAndFieldIsAWeakMatch() {
    List<Listing> listings =
        List.of(listing("A", "教授", "材料科学"), listing("B", "教授", "材料科学", "email", "w@163.com"));
    assertThat(ExpertIdentity.people(listings, RULE))
        .extracting(ExpertListing::match)
        .containsExactly("name", "name");
    DuplicateExpertRule strict =
        new DuplicateExpertRule(true, 2, false, DuplicateExpertRule.IDENTIFIERS, "email");
    assertThat(ExpertIdentity.people(listings, strict)).as("name matches do not flag").isEmpty();
  }

  @Test
  void aWeakLinkNeverJoinsTwoPeopleTheIdentifiersTellApart() {
    // C has no phone and would link weakly to both A and B, whose phones differ.
    List<ExpertListing> found =
        people(
            listing("A", "教授", "材料", "phone", "13812345678"),
            listing("B", "教授", "材料", "phone", "13987654321"),
            listing("C", "教授", "材料"));
    assertThat(found)
        .extracting(ExpertListing::orgId, ExpertListing::match)
        .containsExactly(tuple("A", "name"), tuple("C", "name"));
  }

  @Test
  void aPersonJoinedByAWeakLinkHasTheWeakStrengthAndNamesakesGetDistinctKeys() {
    List<ExpertListing> found =
        people(
            listing("A", "教授", "材料", "phone", "13812345678"),
            listing("B", "讲师", "化工", "phone", "13812345678"),
            listing("C", "教授", "材料"),
            listing("D", "教授", "材料", "phone", "13700000000"),
            listing("E", "工程师", "电子", "phone", "13700000000"));
    assertThat(found)
        .extracting(ExpertListing::personKey, ExpertListing::orgId, ExpertListing::match)
        .containsExactly(
            tuple("王伟|教授|材料", "A", "name"),
            tuple("王伟|教授|材料", "B", "name"),
            tuple("王伟|教授|材料", "C", "name"),
            tuple("王伟|教授|材料 #2", "D", "phone"),
            tuple("王伟|教授|材料 #2", "E", "phone"));
  }

  @Test
  void onePersonUnderOneOrganizationOnlyIsNotADuplicate() {
    assertThat(
            people(
                listing("王伟|教授|材料", "教授", "材料", "A", "E1", Map.of()),
                listing("王伟|教授|材料", "教授", "材料", "A", "E2", Map.of())))
        .isEmpty();
  }
}
