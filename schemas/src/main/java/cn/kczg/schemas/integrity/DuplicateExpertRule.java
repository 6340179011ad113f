package cn.kczg.schemas.integrity;

import java.util.ArrayList;
import java.util.List;

/**
 * The same person listed as experts with different expert ids under several organizations. Two
 * listings are the same person when their normalized 姓名 are equal and the strongest identifier both
 * carry agrees ({@code identifiers}, strongest first: ID number, phone, e-mail); when that
 * identifier differs they are two people, whatever else agrees. When neither identifier is carried
 * by both, only equal 姓名, 职称 and 研究领域 remain: a weak match (namesakes are common: 王伟 / 教授 / 智能制造 in
 * two organizations is no evidence of one person where the data could tell them apart).
 *
 * <p>Example, with {@code identifiers: [id_number, phone, email]}: 王伟 (教授, 13812345678) and 王伟
 * (副教授, 13812345678) are one person matched on phone; 王伟 (教授, 材料科学, 13812345678) and 王伟 (教授, 材料科学,
 * 13987654321) are two people; 王伟 (教授, 材料科学) twice without any identifier is a match on name, title
 * and field only, flagged when {@code minStrength} is {@code name}.
 *
 * @param enabled whether the check runs
 * @param minOrganizations flag a person found under at least this many organizations (≥ 2)
 * @param countOnce policy: count such a person once, for the organization that listed them first;
 *     the other organizations' expert counts drop by one per duplicate
 * @param identifiers the canonical expert fields that identify a person, strongest first (a subset
 *     of {@link #IDENTIFIERS})
 * @param minStrength the weakest match that flags: one of {@code identifiers}, or {@link #NAME}
 */
public record DuplicateExpertRule(
    boolean enabled,
    int minOrganizations,
    boolean countOnce,
    List<String> identifiers,
    String minStrength)
    implements IntegrityRule {
  /** The check's rulebook name. */
  public static final String CHECK = "duplicate-expert";

  /** The canonical item fields that can identify a person, strongest first. */
  public static final List<String> IDENTIFIERS = List.of("id_number", "phone", "email");

  /** The weakest match: equal 姓名, 职称 and 研究领域, no identifier to compare. */
  public static final String NAME = "name";

  public DuplicateExpertRule {
    identifiers = List.copyOf(identifiers);
  }

  /** The strengths of a match, strongest first: the identifiers, then {@link #NAME}. */
  public List<String> strengths() {
    List<String> out = new ArrayList<>(identifiers);
    out.add(NAME);
    return out;
  }

  /** The rank of a strength (0 = strongest); the weak name match ranks after every identifier. */
  public int rank(String strength) {
    int i = identifiers.indexOf(strength);
    return i < 0 ? identifiers.size() : i;
  }

  /** Whether a match of this strength flags. */
  public boolean flags(String strength) {
    return rank(strength) <= rank(minStrength);
  }

  @Override
  public String check() {
    return CHECK;
  }
}
