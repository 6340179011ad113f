/**
 * Programs as plug-ins: each program type (a rulebook's {@code type}) is one {@link
 * cn.kczg.jobs.programs.ProgramType}, found by {@link cn.kczg.jobs.programs.ProgramTypes} through
 * {@code ServiceLoader}, and run by {@link cn.kczg.jobs.programs.Programs#run}: its typed rulebook
 * section ({@link cn.kczg.jobs.programs.SectionReader}, defaults from the rulebook schema), its
 * declared inputs ({@link cn.kczg.jobs.programs.InputSpec}, read by {@link
 * cn.kczg.jobs.programs.ProgramInputs} through source definitions and the schemas module's parser,
 * or the warehouse), its computation, and its outputs ({@link
 * cn.kczg.jobs.programs.ProgramOutputs}: tables and forms written by the reports module, lines for
 * the console and the mail).
 *
 * <p>Bad input rows are never dropped in silence: each type lists them in {@code problems.csv} and
 * in its workbook's 问题 sheet, and counts them in {@link
 * cn.kczg.jobs.programs.ProgramOutputs#problemCount()}. Sub-packages hold one type each; {@code
 * indicatortargets} adapts the warehouse run of {@code jobs/run}.
 */
package cn.kczg.jobs.programs;
