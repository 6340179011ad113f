package cn.kczg.jobs.cli;

import cn.kczg.schemas.Errors;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * The global options checked before any work starts (and before Spark): the Spark master is of a
 * form Spark knows, and the warehouse and output folders exist or can be created, are folders, and
 * may be read and written. Each mistake is one line naming the option and what to do.
 */
final class OptionChecks {
  /**
   * {@code local}, {@code local[*]}, {@code local[4]}, {@code local[4,2]}, {@code
   * local-cluster[2,1,1024]}, {@code spark://h:7077[,h2:7077]}, {@code yarn}, {@code k8s://…}.
   */
  private static final Pattern MASTER =
      Pattern.compile(
          "local(\\[(\\*|\\d+)(,\\d+)?\\])?"
              + "|local-cluster\\[\\d+,\\d+,\\d+\\]"
              + "|spark://[^/\\s,:]+:\\d+(,[^/\\s,:]+:\\d+)*"
              + "|yarn"
              + "|k8s://\\S+");

  private OptionChecks() {}

  /** Refuses a master of no known form, e.g. {@code bogus://x}. */
  static void master(String master) {
    if (master == null || !MASTER.matcher(master.trim()).matches()) {
      throw Errors.badMaster(master);
    }
  }

  /**
   * Checks a local warehouse folder; {@code hdfs://} and {@code s3a://} ones are left to Hadoop.
   */
  static void warehouse(String warehouse) {
    if (warehouse.contains("://") && !warehouse.startsWith("file:")) {
      return;
    }
    folder(
        "--warehouse", Path.of(warehouse.startsWith("file:") ? warehouse.substring(5) : warehouse));
  }

  /**
   * A folder that is read and written: if it exists, a readable and writable folder; if not, its
   * nearest existing ancestor a writable folder, so it can be created.
   */
  static void folder(String option, Path path) {
    Path target = path.toAbsolutePath().normalize();
    if (Files.exists(target)) {
      if (!Files.isDirectory(target)) {
        throw Errors.notAFolder(option, target);
      }
      if (!Files.isReadable(target) || !Files.isExecutable(target)) {
        throw Errors.unreadableFolder(option, target);
      }
      if (!Files.isWritable(target)) {
        throw Errors.unwritableFolder(option, target, target);
      }
      return;
    }
    Path existing = target.getParent();
    while (existing != null && !Files.exists(existing)) {
      existing = existing.getParent();
    }
    if (existing == null) {
      return; // nothing of the path exists: creating it will say why it cannot
    }
    if (!Files.isDirectory(existing)) {
      throw Errors.underAFile(option, target, existing);
    }
    if (!Files.isWritable(existing) || !Files.isExecutable(existing)) {
      throw Errors.unwritableFolder(option, target, existing);
    }
  }
}
