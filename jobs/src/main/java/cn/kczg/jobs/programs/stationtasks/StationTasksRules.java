package cn.kczg.jobs.programs.stationtasks;

import cn.kczg.jobs.programs.SectionReader;
import cn.kczg.schemas.program.Rulebook;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The {@code station_tasks} section of a rulebook: the service types with their numeric targets (a
 * type may have none), and the 形式 values meaning online and offline.
 *
 * @param program the rulebook id, for messages
 * @param serviceTypes the service types in the rulebook's order
 * @param onlineForm the 形式 of an online activity (线上)
 * @param offlineForm the 形式 of an offline activity (线下)
 */
public record StationTasksRules(
    String program, List<ServiceType> serviceTypes, String onlineForm, String offlineForm) {

  /** A service type and its targets; a metric without a target is absent. */
  public record ServiceType(String name, Map<Metric, Integer> targets) {
    public ServiceType {
      targets =
          targets.isEmpty()
              ? Map.of()
              : java.util.Collections.unmodifiableMap(new EnumMap<>(targets));
    }
  }

  public StationTasksRules {
    serviceTypes = List.copyOf(serviceTypes);
  }

  /** The service type with this name. */
  public Optional<ServiceType> serviceType(String name) {
    return serviceTypes.stream().filter(t -> t.name().equals(name)).findFirst();
  }

  /** Reads and checks the section; a rulebook with mistakes is refused listing all of them. */
  public static StationTasksRules from(Rulebook rulebook) {
    SectionReader reader = SectionReader.of(rulebook);
    Map<String, Object> section = reader.section(rulebook, "station_tasks");
    List<ServiceType> types = new ArrayList<>();
    Set<String> names = new HashSet<>();
    List<Map<String, Object>> nodes = reader.maps(section, "station_tasks", "service_types");
    for (int i = 0; i < nodes.size(); i++) {
      ServiceType type =
          serviceType(reader, nodes.get(i), "station_tasks.service_types[" + i + "]");
      if (!type.name().isEmpty() && !names.add(type.name())) {
        reader.problem(
            "station_tasks.service_types[" + i + "]: '" + type.name() + "' is listed twice");
      }
      types.add(type);
    }
    Map<String, Object> forms = reader.map(section, "station_tasks", "activity_forms");
    String online = reader.text(forms, "station_tasks.activity_forms", "online");
    String offline = reader.text(forms, "station_tasks.activity_forms", "offline");
    if (!online.isEmpty() && online.equals(offline)) {
      reader.problem("station_tasks.activity_forms: online and offline must differ");
    }
    reader.finish();
    return new StationTasksRules(rulebook.id(), types, online, offline);
  }

  private static ServiceType serviceType(
      SectionReader reader, Map<String, Object> node, String where) {
    Map<Metric, Integer> targets = new EnumMap<>(Metric.class);
    for (Metric metric : Metric.values()) {
      if (node.containsKey(metric.key())) {
        targets.put(metric, reader.wholeNumber(node, where, metric.key(), 1));
      }
    }
    for (String key : node.keySet()) {
      boolean known =
          key.equals("name")
              || java.util.Arrays.stream(Metric.values()).anyMatch(m -> m.key().equals(key));
      if (!known) {
        reader.problem(
            where
                + ": '"
                + key
                + "' is not a task (experts, online_activities, offline_activities)");
      }
    }
    return new ServiceType(reader.text(node, where, "name"), targets);
  }
}
