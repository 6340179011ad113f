package cn.kczg.jobs.metrics;

import cn.kczg.jobs.store.Ledger;
import cn.kczg.jobs.store.Tables;
import cn.kczg.jobs.store.Warehouse;
import cn.kczg.schemas.model.Officer;
import cn.kczg.schemas.model.OrgProfile;
import cn.kczg.schemas.model.Organization;
import cn.kczg.schemas.text.Names;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.apache.spark.sql.Row;

/**
 * Every committed registry delivery, by drop date. The registry in force at a date is the newest
 * one delivered on or before it (a delivery replaces the previous one whole). Small enough to hold
 * in the driver: one row per organization and delivery.
 */
public final class RegistryHistory {
  private final NavigableMap<LocalDate, List<Organization>> byDrop;

  RegistryHistory(NavigableMap<LocalDate, List<Organization>> byDrop) {
    this.byDrop = byDrop;
  }

  /** Reads the committed registry rows. */
  public static RegistryHistory load(Warehouse warehouse) {
    NavigableMap<LocalDate, Map<String, Organization>> byDrop = new TreeMap<>();
    List<Row> rows =
        new Ledger(warehouse)
            .committedOnly(warehouse.read(Tables.REGISTRY, Tables.registry()))
            .orderBy("drop_date", "source_file", "line")
            .collectAsList();
    for (Row r : rows) {
      Organization org = organization(r);
      byDrop
          .computeIfAbsent(r.getAs("drop_date"), d -> new LinkedHashMap<>())
          .putIfAbsent(org.orgId(), org);
    }
    NavigableMap<LocalDate, List<Organization>> out = new TreeMap<>();
    byDrop.forEach((d, m) -> out.put(d, List.copyOf(m.values())));
    return new RegistryHistory(out);
  }

  private static Organization organization(Row r) {
    return new Organization(
        r.getAs("org_id"),
        Names.clean(r.getAs("org_name")),
        r.getAs("account"),
        r.getAs("category"),
        r.getAs("level"),
        r.getAs("region"),
        r.getAs("channel"),
        r.getAs("joined"),
        r.getAs("leader"),
        r.getAs("contact"),
        r.getAs("phone"),
        r.getAs("association_founded"),
        r.getAs("association_chair"),
        profile(r));
  }

  /** The optional form fields; a table written before they existed reads as blank. */
  private static OrgProfile profile(Row r) {
    List<Officer> officers = new ArrayList<>();
    officers.addAll(
        OrgProfile.officers(
            "主席",
            r.getAs("association_chair"),
            text(r, "association_chair_post"),
            text(r, "association_chair_phone")));
    officers.addAll(
        OrgProfile.officers(
            "副主席",
            text(r, "association_vice_chairs"),
            text(r, "association_vice_chair_posts"),
            text(r, "association_vice_chair_phones")));
    officers.addAll(
        OrgProfile.officers(
            "秘书长",
            text(r, "association_secretary"),
            text(r, "association_secretary_post"),
            text(r, "association_secretary_phone")));
    return new OrgProfile(text(r, "leader_title"), text(r, "introduction"), officers);
  }

  private static String text(Row r, String column) {
    return java.util.Arrays.asList(r.schema().fieldNames()).contains(column) ? r.getAs(column) : "";
  }

  /** The organizations in force at a date; empty when no registry was delivered by then. */
  public List<Organization> asOf(LocalDate date) {
    Map.Entry<LocalDate, List<Organization>> e = byDrop.floorEntry(date);
    return e == null ? List.of() : e.getValue();
  }

  /** The drop date of the registry in force at a date, or null. */
  public LocalDate deliveredFor(LocalDate date) {
    return byDrop.floorKey(date);
  }

  /** All deliveries' dates. */
  public List<LocalDate> deliveries() {
    return new ArrayList<>(byDrop.keySet());
  }
}
