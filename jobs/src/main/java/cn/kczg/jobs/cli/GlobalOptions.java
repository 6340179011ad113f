package cn.kczg.jobs.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Options every subcommand takes. */
final class GlobalOptions {
  @Option(
      names = "--warehouse",
      paramLabel = "DIR",
      defaultValue = "warehouse",
      description =
          "Where the Delta tables live: a folder, or an hdfs:// or s3a:// URI (default: ${DEFAULT-VALUE}).")
  String warehouse;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      defaultValue = "out",
      description = "Where outputs are written (default: ${DEFAULT-VALUE}).")
  Path out;

  @Option(
      names = "--master",
      paramLabel = "URL",
      defaultValue = "local[*]",
      description =
          "Spark master: local[*], spark://HOST:7077, yarn, k8s://… (default: ${DEFAULT-VALUE}).")
  String master;

  @Option(
      names = {"-q", "--quiet"},
      description = "Print only the summary and errors.")
  boolean quiet;
}
