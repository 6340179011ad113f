package cn.kczg.jobs.programs;

import cn.kczg.schemas.program.Rulebook;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * The registry of program types: every {@link ProgramType} on the class path, found by {@link
 * ServiceLoader} and listed in type order. Nothing in the engine compares a type's name: a rulebook
 * is run by {@code forRulebook(book)}, whatever its type.
 */
public final class ProgramTypes {
  private static final List<ProgramType<?, ?>> TYPES = load();

  private ProgramTypes() {}

  /** Every type, ordered by name. */
  public static List<ProgramType<?, ?>> all() {
    return TYPES;
  }

  /** The names of the types, e.g. {@code scorecard}. */
  public static List<String> names() {
    return TYPES.stream().map(ProgramType::type).toList();
  }

  /** The type of this name, if one is registered. */
  public static Optional<ProgramType<?, ?>> find(String type) {
    return TYPES.stream().filter(t -> t.type().equals(type)).findFirst();
  }

  /** The type of this name, or an error naming the known types. */
  public static ProgramType<?, ?> forType(String type) {
    return find(type).orElseThrow(() -> ProgramErrors.unknownType(type, names()));
  }

  /** The type that runs this rulebook. */
  public static ProgramType<?, ?> forRulebook(Rulebook rulebook) {
    return forType(rulebook.type());
  }

  /** Checks a rulebook's own section, refusing it with every problem listed. */
  public static void validate(Rulebook rulebook) {
    forRulebook(rulebook).rules(rulebook);
  }

  /** The inputs a rulebook's run reads. */
  public static List<InputSpec> inputs(Rulebook rulebook) {
    return inputsOf(forRulebook(rulebook), rulebook);
  }

  /** True when a rulebook's run reads the warehouse, not files of its own. */
  public static boolean readsWarehouse(Rulebook rulebook) {
    return inputs(rulebook).stream().anyMatch(InputSpec::readsWarehouse);
  }

  private static <R> List<InputSpec> inputsOf(ProgramType<R, ?> type, Rulebook rulebook) {
    return type.inputs(type.rules(rulebook));
  }

  private static List<ProgramType<?, ?>> load() {
    List<ProgramType<?, ?>> types = new java.util.ArrayList<>();
    ServiceLoader.load(ProgramType.class, ProgramTypes.class.getClassLoader())
        .forEach(t -> types.add(t));
    types.sort(Comparator.comparing(t -> t.type()));
    for (int i = 1; i < types.size(); i++) {
      if (types.get(i).type().equals(types.get(i - 1).type())) {
        throw ProgramErrors.duplicateType(
            types.get(i).type(), types.get(i - 1).getClass(), types.get(i).getClass());
      }
    }
    return List.copyOf(types);
  }
}
