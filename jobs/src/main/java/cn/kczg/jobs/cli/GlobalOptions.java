package cn.kczg.jobs.cli;

import cn.kczg.schemas.messages.Language;
import cn.kczg.schemas.messages.Messages;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

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

  @Spec(Spec.Target.MIXEE)
  CommandSpec spec;

  /**
   * The language of every text for people (outputs, summaries, mail): set as the process's language
   * as soon as the option is read, so every part of the run writes in it.
   */
  @Option(
      names = "--lang",
      paramLabel = "zh|en",
      defaultValue = "zh",
      description =
          "Language of the outputs, summaries and mail: zh (中文, default) or en (English).")
  void language(String code) {
    Messages.use(
        Language.parse(code)
            .orElseThrow(
                () ->
                    new ParameterException(
                        spec.commandLine(), Messages.current().text("cli.bad_lang", code))));
  }
}
