package cn.kczg.jobs.programs;

import java.nio.file.Path;
import java.util.List;

/**
 * What a run asks for once its results are computed: the files the reports module writes, the lines
 * printed for the person who ran it, the Chinese lines of its mail and {@code summary.txt} when
 * {@code kczg serve} delivers it, and how many input problems it listed.
 */
public interface ProgramOutputs {

  /** Writes the outputs into {@code folder} (created when missing); returns the files written. */
  List<Path> write(Path folder);

  /** Short lines for the console, e.g. "2 of 9 stations eligible as of 2023-06-30". */
  List<String> summary();

  /** The figures a person wants first, in Chinese, one line each (the mail body). */
  List<String> mailLines();

  /** How many problems the outputs list. */
  int problemCount();
}
