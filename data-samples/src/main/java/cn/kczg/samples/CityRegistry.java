package cn.kczg.samples;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * The registry of the city sample: 8 societies, 6 universities, 5 hospitals and 280 enterprises
 * spread unevenly over the sixteen enterprise channels (so that some channels' ten slots bind),
 * plus one enterprise added by the registry update. Each generated organization gets a {@link
 * CountPlan.Profile}; pinned ones get a hand-written script instead.
 */
final class CityRegistry {
  /** A generated (not pinned) organization and the shape of its counts. */
  record Planned(Organization org, CountPlan.Profile profile) {}

  private static final List<String> SOCIETIES =
      List.of(
          "衡阳市机械工程学会",
          "衡阳市医学会",
          "衡阳市农学会",
          "衡阳市计算机学会",
          "衡阳市电机工程学会",
          "衡阳市化学化工学会",
          "衡阳市林学会",
          "衡阳市中医药学会");
  private static final String SOCIETY_PROFILES = "QQQQNNPD";
  private static final List<String> UNIVERSITIES =
      List.of("衡州大学", "雁城理工学院", "湘南师范学院", PinnedCases.VOCATIONAL, "衡阳工贸职业技术学院", "衡州卫生职业学院");
  private static final List<String> UNIVERSITY_LEVELS =
      List.of("本科", "本科", "本科", "高职大专", "高职大专", "高职大专");
  private static final String UNIVERSITY_PROFILES = "QNQ-QP";
  private static final List<String> HOSPITALS =
      List.of("衡阳雁城人民医院", "衡州中医医院", "湘南（衡阳）妇幼保健院", "衡阳蒸湘骨科医院", "衡州肿瘤医院");
  private static final String HOSPITAL_PROFILES = "QQQNP";

  /** Enterprises per channel in Places.enterpriseChannels() order, pinned ones included. */
  private static final int[] CHANNEL_SIZES = {
    16, 14, 14, 20, 6, 16, 18, 12, 14, 14, 22, 16, 38, 24, 14, 22
  };

  private final Random random;
  private final OrgNames names = new OrgNames();
  private final Set<String> accounts = new HashSet<>();
  private final List<Organization> initial = new ArrayList<>();
  private final List<Planned> planned = new ArrayList<>();
  private final Map<String, Organization> pinned = new LinkedHashMap<>();
  private Organization newcomer;

  private CityRegistry(Random random) {
    this.random = random;
    PinnedCases.ORGS.forEach(spec -> names.reserve(spec.name()));
    names.reserve(PinnedCases.UNKNOWN);
    names.reserve("耒阳市天城机电设备有限公司");
  }

  /** Builds the whole registry, consuming {@code random} in a fixed order. */
  static CityRegistry build(Random random) {
    CityRegistry registry = new CityRegistry(random);
    registry.addFixed(Category.SOCIETY, "HYXH", SOCIETIES, null, SOCIETY_PROFILES);
    registry.addFixed(
        Category.UNIVERSITY, "HYGX", UNIVERSITIES, UNIVERSITY_LEVELS, UNIVERSITY_PROFILES);
    registry.addFixed(Category.HOSPITAL, "HYYY", HOSPITALS, null, HOSPITAL_PROFILES);
    registry.addEnterprises();
    return registry;
  }

  /** The registry of the first drop. */
  List<Organization> initial() {
    return List.copyOf(initial);
  }

  /** The registry of the update: the first one plus the newcomer. */
  List<Organization> updated() {
    List<Organization> all = new ArrayList<>(initial);
    all.add(newcomer);
    return all;
  }

  List<Planned> planned() {
    return List.copyOf(planned);
  }

  /** Pinned organizations by registry name, the newcomer included. */
  Map<String, Organization> pinned() {
    return Map.copyOf(pinned);
  }

  private void addFixed(
      Category category, String prefix, List<String> list, List<String> levels, String profiles) {
    for (int i = 0; i < list.size(); i++) {
      String code = String.format(java.util.Locale.ROOT, "%s%02d", prefix, i + 1);
      String level = levels == null ? "" : levels.get(i);
      PinnedCases.PinnedOrg spec = spec(list.get(i));
      boolean account = spec == null ? random.nextInt(3) < 2 : spec.hasAccount();
      LocalDate joined = spec == null ? randomJoined() : spec.joined();
      Organization org =
          organization(
              code,
              list.get(i),
              category,
              level,
              Places.cityDistrict(random),
              Places.WORKING_GROUP,
              account,
              joined);
      register(org, spec, profiles.charAt(i));
    }
  }

  private void addEnterprises() {
    List<String> channels = Places.enterpriseChannels();
    int number = 1;
    for (int c = 0; c < channels.size(); c++) {
      String channel = channels.get(c);
      List<PinnedCases.PinnedOrg> pins = pinsOf(channel);
      List<Character> slots = profiles(CHANNEL_SIZES[c] - pins.size());
      for (PinnedCases.PinnedOrg pin : pins) {
        slots.add(random.nextInt(slots.size() + 1), '-');
      }
      int pinTurn = 0;
      for (char profile : slots) {
        PinnedCases.PinnedOrg spec = profile == '-' ? pins.get(pinTurn++) : null;
        String region = spec == null ? Places.regionFor(channel, random) : spec.region();
        String name = spec == null ? names.enterprise(region, random) : spec.name();
        boolean account = spec == null ? random.nextInt(3) < 2 : spec.hasAccount();
        LocalDate joined = spec == null ? randomJoined() : spec.joined();
        String code = String.format(java.util.Locale.ROOT, "HYQY%04d", number++);
        register(
            organization(code, name, Category.ENTERPRISE, "", region, channel, account, joined),
            spec,
            profile);
      }
    }
    PinnedCases.PinnedOrg spec = spec(PinnedCases.NEWCOMER);
    newcomer =
        organization(
            String.format(java.util.Locale.ROOT, "HYQY%04d", number),
            spec.name(),
            Category.ENTERPRISE,
            "",
            spec.region(),
            spec.channel(),
            true,
            spec.joined());
    pinned.put(newcomer.name(), newcomer);
  }

  private List<PinnedCases.PinnedOrg> pinsOf(String channel) {
    return PinnedCases.ORGS.stream()
        .filter(p -> p.category() == Category.ENTERPRISE && p.channel().equals(channel))
        .filter(p -> !p.name().equals(PinnedCases.NEWCOMER))
        .toList();
  }

  /**
   * Profiles for n generated enterprises of one channel: about 52% qualify, 8% near, in random
   * order.
   */
  private List<Character> profiles(int n) {
    int qualify = Math.round(n * 0.52f);
    int near = Math.round(n * 0.08f);
    int partial = (n - qualify - near) * 2 / 3;
    List<Character> slots = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      slots.add(
          i < qualify ? 'Q' : i < qualify + near ? 'N' : i < qualify + near + partial ? 'P' : 'D');
    }
    Collections.shuffle(slots, random);
    return slots;
  }

  private void register(Organization org, PinnedCases.PinnedOrg spec, char profile) {
    initial.add(org);
    if (spec != null) {
      pinned.put(org.name(), org);
    } else {
      planned.add(new Planned(org, profileOf(profile)));
    }
  }

  private static CountPlan.Profile profileOf(char letter) {
    return switch (letter) {
      case 'Q' -> CountPlan.Profile.QUALIFY;
      case 'N' -> CountPlan.Profile.NEAR;
      case 'P' -> CountPlan.Profile.PARTIAL;
      default -> CountPlan.Profile.DORMANT;
    };
  }

  private static PinnedCases.PinnedOrg spec(String name) {
    return PinnedCases.ORGS.stream().filter(p -> p.name().equals(name)).findFirst().orElse(null);
  }

  private Organization organization(
      String code,
      String name,
      Category category,
      String level,
      String region,
      String channel,
      boolean hasAccount,
      LocalDate joined) {
    return OrgPeople.complete(
        code,
        name,
        hasAccount ? newAccount() : "",
        category,
        level,
        region,
        channel,
        joined,
        random);
  }

  private String newAccount() {
    while (true) {
      String account = "KC" + (10_000_000 + random.nextInt(90_000_000));
      if (accounts.add(account)) {
        return account;
      }
    }
  }

  private LocalDate randomJoined() {
    return LocalDate.of(2021, 5, 1).plusDays(random.nextInt(365));
  }
}
