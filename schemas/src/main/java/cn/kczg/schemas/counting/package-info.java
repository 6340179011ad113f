/**
 * The counting rules of {@code counting-rules.md} as plain Java, for items a program reads from
 * files without Spark: which delivery of an item is its state as of a date, and whether it counts.
 * The warehouse's Spark pass applies the same order; one class holds it here so the two can be
 * checked against each other.
 */
package cn.kczg.schemas.counting;
