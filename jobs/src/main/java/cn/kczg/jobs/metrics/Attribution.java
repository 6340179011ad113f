package cn.kczg.jobs.metrics;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;

import cn.kczg.schemas.model.Organization;
import cn.kczg.schemas.text.Names;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Rule 4 of the counting rules in Spark: an item belongs to the organization whose 平台账号 it carries,
 * else to the one whose normalized name (or confirmed alias) equals its normalized org name, using
 * the registry in force at each as-of date. The lookup tables are small and broadcast.
 */
public final class Attribution {
  private static final StructType KEYS =
      DataTypes.createStructType(
          List.of(
              DataTypes.createStructField("as_of", DataTypes.DateType, false),
              DataTypes.createStructField("key", DataTypes.StringType, false),
              DataTypes.createStructField("org_id", DataTypes.StringType, false)));

  private final RegistryHistory registry;
  private final Map<String, String> aliases;

  /**
   * @param aliases confirmed mappings from a normalized raw name to an org id
   */
  public Attribution(RegistryHistory registry, Map<String, String> aliases) {
    this.registry = registry;
    this.aliases = Map.copyOf(aliases);
  }

  /**
   * Adds {@code org_id} (null when nobody claims the item) to rows carrying {@code as_of}, {@code
   * account} and {@code org_key}.
   */
  public Dataset<Row> attribute(Dataset<Row> state, List<LocalDate> dates) {
    SparkSession spark = state.sparkSession();
    Dataset<Row> byAccount = broadcast(keys(spark, dates, true)).toDF("a_as_of", "a_key", "a_org");
    Dataset<Row> byName = broadcast(keys(spark, dates, false)).toDF("n_as_of", "n_key", "n_org");
    return state
        .join(
            byAccount,
            state
                .col("as_of")
                .equalTo(byAccount.col("a_as_of"))
                .and(state.col("account").equalTo(byAccount.col("a_key"))),
            "left")
        .join(
            byName,
            state
                .col("as_of")
                .equalTo(byName.col("n_as_of"))
                .and(state.col("org_key").equalTo(byName.col("n_key"))),
            "left")
        .withColumn("org_id", coalesce(col("a_org"), col("n_org")))
        .drop("a_as_of", "a_key", "a_org", "n_as_of", "n_key", "n_org");
  }

  /**
   * A digest of the lookup tables at {@code date} (accounts, then names and aliases): two dates, or
   * two registries and alias sets, with the same digest attribute every item alike.
   */
  public String fingerprint(LocalDate date) {
    StringBuilder text = new StringBuilder();
    for (boolean accounts : new boolean[] {true, false}) {
      text.append(accounts ? "accounts\n" : "names\n");
      keyToOrg(date, accounts)
          .forEach((k, id) -> text.append(k).append('\t').append(id).append('\n'));
    }
    try {
      return java.util.HexFormat.of()
          .formatHex(
              java.security.MessageDigest.getInstance("SHA-256")
                  .digest(text.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * (as_of, key, org_id) for the registry in force at each date: accounts, or names and aliases.
   */
  private Dataset<Row> keys(SparkSession spark, List<LocalDate> dates, boolean accounts) {
    List<Row> rows = new ArrayList<>();
    for (LocalDate d : dates) {
      keyToOrg(d, accounts).forEach((k, id) -> rows.add(RowFactory.create(d, k, id)));
    }
    return spark.createDataFrame(rows, KEYS);
  }

  /** Key to org id at {@code date}, in key order: accounts, or names and aliases. */
  private Map<String, String> keyToOrg(LocalDate date, boolean accounts) {
    Map<String, String> keyToOrg = new TreeMap<>();
    List<Organization> orgs = registry.asOf(date);
    for (Organization o : orgs) {
      String key = accounts ? o.account() : Names.normalize(o.name());
      if (key != null && !key.isEmpty()) {
        keyToOrg.merge(key, o.orgId(), (a, b) -> a.compareTo(b) <= 0 ? a : b);
      }
    }
    if (!accounts) {
      // A registry name always wins over an alias; an alias to an org not in force is inert.
      Set<String> ids = new HashSet<>();
      orgs.forEach(o -> ids.add(o.orgId()));
      aliases.forEach(
          (key, id) -> {
            if (ids.contains(id)) {
              keyToOrg.putIfAbsent(key, id);
            }
          });
    }
    return keyToOrg;
  }
}
