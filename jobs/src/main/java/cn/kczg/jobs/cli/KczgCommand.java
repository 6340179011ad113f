package cn.kczg.jobs.cli;

import picocli.CommandLine.Command;

/** The top command; its subcommands do the work. */
@Command(
    name = "kczg",
    mixinStandardHelpOptions = true,
    version = "kczg-analytics 0.1.0",
    description =
        "Counts what organizations publish on the 科创中国 platform and selects demonstration units.",
    subcommands = {
      DemoCommand.class,
      IngestCommand.class,
      RunCommand.class,
      ChartCommand.class,
      AliasCommand.class,
      ServeCommand.class,
      ProgramsCommand.class
    },
    footer = {"", "Start with `kczg demo`: it ingests the bundled sample and writes every output."})
final class KczgCommand implements Runnable {
  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
