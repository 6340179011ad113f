package cn.kczg.jobs.programs.stationtasks;

import cn.kczg.jobs.programs.SectionReader;
import cn.kczg.schemas.program.Rulebook;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The {@code station_tasks} section of a rulebook: the indicators a station's tasks count (each an
 * item kind of the platform exports, optionally filtered by a field such as 形式 = 线上), the service
 * types with their targets (a type may have none), the applicant types the guide allows, the rule
 * against applying again for content supported in recent years, and the forecast window.
 *
 * @param program the rulebook id, for messages
 * @param deadline the day the tasks must be done by (the rulebook's {@code deadline})
 * @param indicators the indicators, in the rulebook's order
 * @param serviceTypes the service types in the rulebook's order
 * @param applicantTypes the applicant types the guide allows (empty: not checked)
 * @param repeat the rule against repeated applications, or null when the program has none
 * @param forecastWindowDays the pace of a station is measured over this many days up to the day
 */
public record StationTasksRules(
    String program,
    LocalDate deadline,
    List<Indicator> indicators,
    List<ServiceType> serviceTypes,
    List<String> applicantTypes,
    RepeatRule repeat,
    int forecastWindowDays) {

  /**
   * What one indicator counts.
   *
   * @param id its key, used by the targets
   * @param label the Chinese label, e.g. 线上活动
   * @param unit the counting unit, e.g. 次
   * @param kind the input (item kind) it counts, e.g. {@code activities}
   * @param where field to value an item must have to count here, e.g. activity_form: 线上
   */
  public record Indicator(
      String id, String label, String unit, String kind, Map<String, String> where) {
    public Indicator {
      where = Collections.unmodifiableMap(new LinkedHashMap<>(where));
    }
  }

  /** A service type and its targets by indicator id; an indicator without a target is absent. */
  public record ServiceType(String name, Map<String, Integer> targets) {
    public ServiceType {
      targets = Collections.unmodifiableMap(new LinkedHashMap<>(targets));
    }
  }

  /**
   * "申报单位不得重复申报近N年内已获得支持的相同内容的项目": an applicant supported for {@code content} in one of the {@code
   * years} years before {@code programYear} may not apply again, unless its application is of a
   * kind in {@code exempt} (连续支持, 委托).
   */
  public record RepeatRule(String content, int years, int programYear, List<String> exempt) {
    public RepeatRule {
      exempt = List.copyOf(exempt);
    }
  }

  public StationTasksRules {
    indicators = List.copyOf(indicators);
    serviceTypes = List.copyOf(serviceTypes);
    applicantTypes = List.copyOf(applicantTypes);
  }

  /** The service type with this name. */
  public Optional<ServiceType> serviceType(String name) {
    return serviceTypes.stream().filter(t -> t.name().equals(name)).findFirst();
  }

  /** The item kinds (inputs) the indicators count, in order of first use. */
  public List<String> kinds() {
    return indicators.stream().map(Indicator::kind).distinct().toList();
  }

  /** Reads and checks the section; a rulebook with mistakes is refused listing all of them. */
  public static StationTasksRules from(Rulebook rulebook) {
    SectionReader reader = SectionReader.of(rulebook);
    String where = "station_tasks";
    Map<String, Object> section = reader.section(rulebook, where);
    if (rulebook.deadline() == null) {
      reader.problem("deadline is missing: the day the stations' tasks must be done by");
    }
    List<Indicator> indicators = indicators(reader, section);
    List<ServiceType> types = serviceTypes(reader, section, indicators);
    List<String> applicants = reader.optionalTexts(section, where, "applicant_types");
    RepeatRule repeat = section.containsKey("repeat_support") ? repeat(reader, section) : null;
    int window = reader.wholeNumberOr(section, where, "forecast_window_days", 1);
    reader.finish();
    return new StationTasksRules(
        rulebook.id(), rulebook.deadline(), indicators, types, applicants, repeat, window);
  }

  private static List<Indicator> indicators(SectionReader reader, Map<String, Object> section) {
    List<Indicator> out = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    List<Map<String, Object>> nodes = reader.maps(section, "station_tasks", "indicators");
    for (int i = 0; i < nodes.size(); i++) {
      String where = "station_tasks.indicators[" + i + "]";
      Map<String, Object> node = nodes.get(i);
      Map<String, String> filter = new LinkedHashMap<>();
      if (node.containsKey("where")) {
        reader.map(node, where, "where").forEach((k, v) -> filter.put(k, String.valueOf(v)));
      }
      Indicator indicator =
          new Indicator(
              reader.text(node, where, "id"),
              reader.text(node, where, "label"),
              reader.text(node, where, "unit"),
              reader.text(node, where, "kind"),
              filter);
      if (!indicator.id().isEmpty() && !ids.add(indicator.id())) {
        reader.problem(where + ": indicator '" + indicator.id() + "' is listed twice");
      }
      out.add(indicator);
    }
    return out;
  }

  private static List<ServiceType> serviceTypes(
      SectionReader reader, Map<String, Object> section, List<Indicator> indicators) {
    List<ServiceType> out = new ArrayList<>();
    Set<String> names = new HashSet<>();
    List<Map<String, Object>> nodes = reader.maps(section, "station_tasks", "service_types");
    for (int i = 0; i < nodes.size(); i++) {
      String where = "station_tasks.service_types[" + i + "]";
      Map<String, Object> node = nodes.get(i);
      Map<String, Integer> targets = new LinkedHashMap<>();
      if (node.containsKey("targets")) {
        Map<String, Object> t = reader.map(node, where, "targets");
        for (String id : t.keySet()) {
          if (indicators.stream().noneMatch(x -> x.id().equals(id))) {
            reader.problem(where + ".targets: '" + id + "' is not one of the indicators");
          }
          targets.put(id, reader.wholeNumber(t, where + ".targets", id, 1));
        }
      }
      ServiceType type = new ServiceType(reader.text(node, where, "name"), targets);
      if (!type.name().isEmpty() && !names.add(type.name())) {
        reader.problem(where + ": '" + type.name() + "' is listed twice");
      }
      out.add(type);
    }
    return out;
  }

  private static RepeatRule repeat(SectionReader reader, Map<String, Object> section) {
    String where = "station_tasks.repeat_support";
    Map<String, Object> node = reader.map(section, "station_tasks", "repeat_support");
    return new RepeatRule(
        reader.text(node, where, "content"),
        reader.wholeNumber(node, where, "years", 1),
        reader.wholeNumber(node, where, "program_year", 2000),
        reader.optionalTexts(node, where, "exempt"));
  }
}
