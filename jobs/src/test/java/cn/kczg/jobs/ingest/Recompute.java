package cn.kczg.jobs.ingest;

import cn.kczg.schemas.model.IndicatorCounts;
import cn.kczg.schemas.model.ItemKind;
import cn.kczg.schemas.model.Organization;
import cn.kczg.schemas.read.RowOutcome;
import cn.kczg.schemas.read.SourceFileParser;
import cn.kczg.schemas.source.Role;
import cn.kczg.schemas.source.SourceDefinition;
import cn.kczg.schemas.source.SourceDefinitions;
import cn.kczg.schemas.text.Dates;
import cn.kczg.schemas.text.Names;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The counting rules applied literally to the raw files of every drop folder, in plain Java, with
 * nothing remembered between drops: the reference the incremental engine must equal. Every row of
 * every file is read; per item and drop the winning row (not published first, then the first line,
 * then the rest of the engine's order); per item and date the winner of the newest drop on or
 * before it that carries the item; counted when published and dated by then; attributed by the
 * registry in force and the aliases.
 */
final class Recompute {
  /** One accepted item row. */
  record Item(
      ItemKind kind,
      String id,
      String orgName,
      String account,
      LocalDate date,
      String status,
      boolean published,
      String title,
      String field,
      String position,
      String file,
      long line) {}

  private final NavigableMap<LocalDate, Map<List<Object>, Item>> winners = new TreeMap<>();
  private final NavigableMap<LocalDate, Set<ItemKind>> kindsDelivered = new TreeMap<>();
  private final NavigableMap<LocalDate, List<Organization>> registries = new TreeMap<>();

  /** Reads every drop folder of {@code inbox} (each file once per drop date and content). */
  static Recompute of(Path inbox) {
    Recompute r = new Recompute();
    SourceDefinitions sources = SourceDefinitions.builtIn();
    Map<LocalDate, List<Item>> rows = new TreeMap<>();
    Map<LocalDate, Set<String>> contents = new HashMap<>();
    Map<LocalDate, Map<String, Organization>> registry = new TreeMap<>();
    for (Path drop : list(inbox)) {
      LocalDate date = Dates.dropDate(drop.getFileName().toString()).orElseThrow();
      for (Path file : list(drop)) {
        SourceDefinition def = sources.forFileName(file.getFileName().toString()).orElseThrow();
        byte[] bytes = read(file);
        if (!contents.computeIfAbsent(date, d -> new HashSet<>()).add(java.util.Arrays.toString(sha(bytes)))) {
          continue; // the same bytes again: read once
        }
        String display = drop.getFileName() + "/" + file.getFileName();
        for (RowOutcome o : new SourceFileParser(def).parseAll(bytes, display)) {
          if (!o.accepted()) {
            continue;
          }
          Object[] v = o.values();
          if (def.role() == Role.REGISTRY) {
            String name = Names.clean((String) v[1]);
            String id = v[0] == null ? Names.normalize(name) : (String) v[0];
            registry
                .computeIfAbsent(date, d -> new LinkedHashMap<>())
                .putIfAbsent(
                    id,
                    new Organization(
                        id, name, (String) v[2], (String) v[3], (String) v[4], (String) v[5],
                        (String) v[6], (LocalDate) v[7], (String) v[8], (String) v[9],
                        (String) v[10], (LocalDate) v[11], (String) v[12]));
          } else if (def.role() == Role.ITEMS) {
            r.kindsDelivered.computeIfAbsent(date, d -> new HashSet<>()).add(def.kind());
            rows.computeIfAbsent(date, d -> new ArrayList<>())
                .add(
                    new Item(
                        def.kind(), (String) v[0], (String) v[1], (String) v[2], (LocalDate) v[3],
                        (String) v[4], def.isPublished((String) v[4]), (String) v[5],
                        (String) v[6], (String) v[7], display, o.line()));
          }
        }
      }
    }
    registry.forEach((d, m) -> r.registries.put(d, List.copyOf(m.values())));
    rows.forEach(
        (date, items) -> {
          Map<List<Object>, Item> best = new HashMap<>();
          for (Item i : items) {
            best.merge(List.of(i.kind(), i.id()), i, (a, b) -> ORDER.compare(a, b) <= 0 ? a : b);
          }
          r.winners.put(date, best);
        });
    return r;
  }

  /** The drop order's tie-breaks, as the engine's: not published first, first line, then text. */
  static final Comparator<Item> ORDER =
      Comparator.comparing(Item::published)
          .thenComparingLong(Item::line)
          .thenComparing(Item::date, Comparator.nullsLast(Comparator.<LocalDate>reverseOrder()))
          .thenComparing(Item::account, Comparator.nullsLast(Comparator.<String>reverseOrder()))
          .thenComparing(i -> Names.normalize(i.orgName()), Comparator.nullsLast(Comparator.<String>reverseOrder()))
          .thenComparing(Item::orgName, Comparator.nullsLast(Comparator.<String>reverseOrder()))
          .thenComparing(Item::file, Comparator.nullsLast(Comparator.<String>reverseOrder()))
          .thenComparing(Item::title, Comparator.nullsLast(Comparator.<String>reverseOrder()))
          .thenComparing(Item::field, Comparator.nullsLast(Comparator.<String>reverseOrder()))
          .thenComparing(Item::position, Comparator.nullsLast(Comparator.<String>reverseOrder()));

  /** The drop dates read. */
  List<LocalDate> drops() {
    return List.copyOf(winners.keySet());
  }

  /** Each item's state at {@code date}: the winner of the newest drop on or before it. */
  Map<List<Object>, Item> statesAt(LocalDate date) {
    Map<List<Object>, Item> out = new HashMap<>();
    winners.headMap(date, true).values().forEach(out::putAll);
    return out;
  }

  /** The organization owning an item state at {@code date}, or null. */
  String owner(Item i, LocalDate date, Map<String, String> aliases) {
    Map<String, String> byAccount = new HashMap<>();
    Map<String, String> byName = new HashMap<>();
    owners(date, aliases, byAccount, byName);
    String owner = i.account() == null ? null : byAccount.get(i.account());
    return owner != null ? owner : byName.get(Names.normalize(i.orgName()));
  }

  /** Counts per organization at {@code date}, as the engine reports them (no zero rows). */
  Map<String, IndicatorCounts> countsAt(LocalDate date, Map<String, String> aliases) {
    Map<String, int[]> out = new TreeMap<>();
    Map<String, String> byAccount = new HashMap<>();
    Map<String, String> byName = new HashMap<>();
    owners(date, aliases, byAccount, byName);
    for (Item i : statesAt(date).values()) {
      if (!i.published() || i.date().isAfter(date)) {
        continue;
      }
      String owner = i.account() == null ? null : byAccount.get(i.account());
      if (owner == null) {
        owner = byName.get(Names.normalize(i.orgName()));
      }
      if (owner != null) {
        out.computeIfAbsent(owner, o -> new int[5])[i.kind().ordinal()]++;
      }
    }
    Map<String, IndicatorCounts> counts = new HashMap<>();
    out.forEach((o, c) -> counts.put(o, IndicatorCounts.of(c[0], c[1], c[2], c[3], c[4])));
    return counts;
  }

  /**
   * Items withdrawn right after they counted: the drop carries the item with a status of {@code
   * statuses} and the drop before it carried it published and dated by then.
   */
  Map<List<Object>, List<LocalDate>> withdrawals(List<String> statuses, LocalDate main) {
    Map<List<Object>, List<LocalDate>> out = new TreeMap<>(Comparator.comparing(Object::toString));
    List<LocalDate> drops = drops().stream().filter(d -> !d.isAfter(main)).toList();
    for (int k = 1; k < drops.size(); k++) {
      LocalDate before = drops.get(k - 1);
      Map<List<Object>, Item> prev = winners.get(before);
      for (var e : winners.get(drops.get(k)).entrySet()) {
        Item now = e.getValue();
        Item then = prev.get(e.getKey());
        if (statuses.contains(now.status())
            && then != null
            && then.published()
            && !then.date().isAfter(before)) {
          out.computeIfAbsent(e.getKey(), x -> new ArrayList<>()).add(drops.get(k));
        }
      }
    }
    return out;
  }

  private void owners(
      LocalDate date,
      Map<String, String> aliases,
      Map<String, String> byAccount,
      Map<String, String> byName) {
    var entry = registries.floorEntry(date);
    List<Organization> orgs = entry == null ? List.of() : entry.getValue();
    Set<String> ids = new HashSet<>();
    for (Organization o : orgs) {
      ids.add(o.orgId());
      if (o.account() != null && !o.account().isEmpty()) {
        byAccount.merge(o.account(), o.orgId(), (a, b) -> a.compareTo(b) <= 0 ? a : b);
      }
      byName.merge(Names.normalize(o.name()), o.orgId(), (a, b) -> a.compareTo(b) <= 0 ? a : b);
    }
    aliases.forEach(
        (key, id) -> {
          if (ids.contains(id)) {
            byName.putIfAbsent(key, id);
          }
        });
  }

  private static List<Path> list(Path dir) {
    try (Stream<Path> s = Files.list(dir)) {
      return s.sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] read(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] sha(byte[] bytes) {
    try {
      return java.security.MessageDigest.getInstance("SHA-256").digest(bytes);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
