package cn.kczg.jobs.run;

import static java.util.Objects.requireNonNull;

import cn.kczg.reports.QuarantineRow;
import cn.kczg.schemas.model.ItemKind;
import cn.kczg.schemas.model.Organization;
import cn.kczg.schemas.text.Names;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Which organization and indicator a quarantined row would count for once fixed, told the way the
 * counting rules attribute an item: a cell holding a 平台账号 the registry knows, else a cell whose
 * normalized name (NFKC, no white space) is a registry organization's, else a confirmed alias; for
 * a row of an unknown organization, the closest registry name the run suggested, to be confirmed.
 * The indicator is the kind of the source the file was read with.
 *
 * <p>Example: the 需求 row {@code ,引进生物医药领域高层次人才,节能环保,耒阳市天成机电设备有限公司,,2022-06-12,已发布} (需求ID empty)
 * counts for HYQY0161 by its name, indicator 需求.
 */
public final class QuarantineTargets {
  private static final Pattern SUGGESTION = Pattern.compile(".*\\[([^\\]]+)]\\s*$");

  private final Map<String, String> byAccount = new HashMap<>();
  private final Map<String, String> byName = new HashMap<>();
  private final Map<String, String> aliases;
  private final Function<String, Optional<ItemKind>> kindOfSource;

  /**
   * @param registry the organizations in force at the as-of date
   * @param aliases confirmed aliases: normalized raw name → org id
   * @param kindOfSource the kind of items a source definition reads, by its id
   */
  public QuarantineTargets(
      Collection<Organization> registry,
      Map<String, String> aliases,
      Function<String, Optional<ItemKind>> kindOfSource) {
    registry.forEach(
        o -> {
          if (o.account() != null && !o.account().isBlank()) {
            byAccount.putIfAbsent(o.account().strip(), o.orgId());
          }
          byName.putIfAbsent(Names.normalize(o.name()), o.orgId());
        });
    this.aliases = Map.copyOf(requireNonNull(aliases, "aliases is null"));
    this.kindOfSource = requireNonNull(kindOfSource, "kindOfSource is null");
  }

  /**
   * Targets told by the run's registry alone: no aliases, the kind from the source id when it names
   * one.
   */
  public static QuarantineTargets byRegistry(RunResult r) {
    return new QuarantineTargets(r.organizations().values(), Map.of(), id -> Optional.empty());
  }

  /** The row for the reports, with its indicator and organization when they can be told. */
  public QuarantineRow target(cn.kczg.schemas.result.QuarantineRow q) {
    ItemKind kind =
        q.sourceId() == null
            ? null
            : kindOfSource.apply(q.sourceId()).or(() -> ItemKind.parse(q.sourceId())).orElse(null);
    String[] match = kind == null ? null : organization(q);
    return new QuarantineRow(
        q.file(),
        q.line(),
        q.reason(),
        q.detail(),
        q.raw(),
        q.suggestions(),
        q.dropDate(),
        kind,
        match == null ? null : match[0],
        match == null ? "" : match[1]);
  }

  /** {org id, how} or null. */
  private String[] organization(cn.kczg.schemas.result.QuarantineRow q) {
    List<String> cells = cells(q.raw());
    for (String cell : cells) {
      String id = byAccount.get(cell.strip());
      if (id != null) {
        return new String[] {id, "account"};
      }
    }
    for (String cell : cells) {
      String id = byName.get(Names.normalize(cell));
      if (id != null && !cell.isBlank()) {
        return new String[] {id, "name"};
      }
    }
    for (String cell : cells) {
      String id = aliases.get(Names.normalize(cell));
      if (id != null && !cell.isBlank()) {
        return new String[] {id, "alias"};
      }
    }
    if (!q.suggestions().isEmpty()) {
      Matcher m = SUGGESTION.matcher(q.suggestions().get(0));
      if (m.matches()) {
        return new String[] {m.group(1), "suggestion"};
      }
    }
    return null;
  }

  /** The row's cells: read as one CSV record, or split at commas when it is not one. */
  static List<String> cells(String raw) {
    if (raw == null || raw.isEmpty()) {
      return List.of();
    }
    try {
      List<CSVRecord> records = CSVFormat.DEFAULT.parse(new StringReader(raw)).getRecords();
      if (records.size() == 1) {
        List<String> out = new ArrayList<>();
        records.get(0).forEach(out::add);
        return out;
      }
    } catch (IOException | IllegalStateException | java.io.UncheckedIOException e) {
      // Not well-formed CSV (a MALFORMED_ROW): its commas still separate the fields well enough.
    }
    return List.of(raw.split(",", -1));
  }
}
