package cn.kczg.schemas.integrity;

/**
 * The same person (same normalized 姓名, 职称 and 研究领域) listed as experts with different expert ids
 * under several organizations.
 *
 * @param enabled whether the check runs
 * @param minOrganizations flag a person found under at least this many organizations (≥ 2)
 * @param countOnce policy: count such a person once, for the organization that listed them first;
 *     the other organizations' expert counts drop by one per duplicate
 */
public record DuplicateExpertRule(boolean enabled, int minOrganizations, boolean countOnce)
    implements IntegrityRule {
  /** The check's rulebook name. */
  public static final String CHECK = "duplicate-expert";

  @Override
  public String check() {
    return CHECK;
  }
}
