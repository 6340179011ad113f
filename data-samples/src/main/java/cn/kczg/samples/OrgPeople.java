package cn.kczg.samples;

import java.time.LocalDate;
import java.util.Random;

/** Fills in a registry row's people and association cells at random. */
final class OrgPeople {
  private OrgPeople() {}

  /** A complete registry row: leader, contact and phone always; an association for most. */
  static Organization complete(
      String code,
      String name,
      String account,
      Category category,
      String level,
      String region,
      String channel,
      LocalDate joined,
      Random random) {
    String leader = PeopleNames.person(random);
    String contact = PeopleNames.person(random);
    String phone = PeopleNames.mobile(random);
    boolean association =
        switch (category) {
          case SOCIETY -> false;
          case UNIVERSITY, HOSPITAL -> true;
          case ENTERPRISE -> random.nextBoolean();
        };
    String founded =
        association ? LocalDate.of(2014, 1, 1).plusDays(random.nextInt(3000)).toString() : "";
    String chair = association ? PeopleNames.person(random) : "";
    return new Organization(
        code, name, account, category, level, region, channel, joined, leader, contact, phone,
        founded, chair);
  }
}
