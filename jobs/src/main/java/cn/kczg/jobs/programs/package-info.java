/**
 * Programs that run as rulebooks without Spark: each program type (a rulebook's {@code type}) has
 * one {@link cn.kczg.jobs.programs.ProgramRunner}, found through {@link
 * cn.kczg.jobs.programs.ProgramRunners#forType(String)}. A runner reads its rulebook's section
 * (every number of the notice lives there), reads its inputs from a folder, and writes its outputs
 * (XLSX and CSV) to another, returning a {@link cn.kczg.jobs.programs.ProgramRun}.
 *
 * <p>Bad input rows are never dropped in silence: each runner lists them in {@code problems.csv}
 * and in the workbook's 问题 sheet, and counts them in {@link
 * cn.kczg.jobs.programs.ProgramRun#problemCount()}.
 */
package cn.kczg.jobs.programs;
