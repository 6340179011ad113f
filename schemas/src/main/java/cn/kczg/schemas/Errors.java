package cn.kczg.schemas;

import java.nio.file.Path;
import java.util.Collection;
import java.util.List;

/** Every user-facing error of the schemas module, worded in one place. */
public final class Errors {
  private Errors() {}

  public static KczgException missingPath(String what, Path path) {
    return new KczgException(
        ErrorCode.MISSING_PATH,
        what + " " + path + " does not exist; check the path and try again.");
  }

  public static KczgException badArgument(String message) {
    return new KczgException(ErrorCode.BAD_ARGUMENT, message);
  }

  public static KczgException noData(String message) {
    return new KczgException(ErrorCode.NO_DATA, message);
  }

  public static KczgException unreadableFile(String file, String reason) {
    return new KczgException(ErrorCode.UNREADABLE_FILE, "Cannot read " + file + ": " + reason);
  }

  public static KczgException missingColumns(
      String file, String sourceId, Collection<String> missing, String definitionFile) {
    return new KczgException(
        ErrorCode.MISSING_COLUMNS,
        "Column"
            + (missing.size() > 1 ? "s " : " ")
            + String.join(", ", missing)
            + " missing in "
            + file
            + "; the source '"
            + sourceId
            + "' requires "
            + (missing.size() > 1 ? "them" : "it")
            + ". Add "
            + (missing.size() > 1 ? "them" : "it")
            + ", or map another column in "
            + definitionFile
            + ". Nothing of this file was stored.");
  }

  public static KczgException badSourceDefinition(String file, List<String> problems) {
    return new KczgException(
        ErrorCode.BAD_SOURCE_DEFINITION,
        "Source definition "
            + file
            + " has "
            + problems.size()
            + " problem(s):\n  - "
            + String.join("\n  - ", problems));
  }

  /** Several definition files of one folder are wrong; each entry is one file's message. */
  public static KczgException badSourceDefinitions(String folder, List<String> messages) {
    return new KczgException(
        ErrorCode.BAD_SOURCE_DEFINITION,
        "The source definitions in "
            + folder
            + " cannot be used; fix these and run again:\n"
            + String.join("\n", messages));
  }

  /** An alias names an organization id no registry delivery has. */
  public static KczgException unknownAliasTarget(String orgId, String rawName) {
    return new KczgException(
        ErrorCode.BAD_ARGUMENT,
        "No organization with id '"
            + orgId
            + "' in any registry delivery, so '"
            + rawName
            + "' cannot be an alias of it. "
            + "Check the id in the registry (机构编码) or in the suggestions of quarantine.csv.");
  }

  /** An alias would shadow a registry organization's own name. */
  public static KczgException aliasShadowsRegistry(String rawName, String orgId) {
    return new KczgException(
        ErrorCode.BAD_ARGUMENT,
        "'"
            + rawName
            + "' already is the registry name of "
            + orgId
            + " (after normalizing); registry names always win, so this alias would never apply.");
  }

  /** {@code alias remove} of a name with no alias. */
  public static KczgException noSuchAlias(String rawName) {
    return new KczgException(
        ErrorCode.BAD_ARGUMENT,
        "No alias for '" + rawName + "'; `kczg alias list` shows the aliases there are.");
  }

  /** A name that is blank once normalized. */
  public static KczgException blankAliasName() {
    return new KczgException(
        ErrorCode.BAD_ARGUMENT,
        "The raw name of an alias is blank; quote the name as it appears in quarantine.csv.");
  }

  public static KczgException badRulebook(String file, List<String> problems) {
    return new KczgException(
        ErrorCode.BAD_RULEBOOK,
        "Rulebook "
            + file
            + " has "
            + problems.size()
            + " problem(s):\n  - "
            + String.join("\n  - ", problems));
  }

  public static KczgException unknownProgram(String id, Collection<String> known) {
    return new KczgException(
        ErrorCode.UNKNOWN_PROGRAM,
        "No program '" + id + "'. Known programs: " + String.join(", ", known) + ".");
  }
}
