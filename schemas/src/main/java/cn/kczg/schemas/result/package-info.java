/**
 * Small result rows (one per organization, channel or shortlist place) that the Spark jobs hand to
 * the report writers; plain Java, so reports and their tests need no Spark.
 */
package cn.kczg.schemas.result;
