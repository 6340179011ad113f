/**
 * Integrity checks as rulebook data: the {@code integrity:} section of a program's rulebook, one
 * entry per check with its thresholds, turned into typed rules by one small converter per check
 * type ({@link cn.kczg.schemas.integrity.IntegrityRules}). Plain Java, no Spark: the jobs module
 * runs the checks, the reports module shows what they found.
 */
package cn.kczg.schemas.integrity;
