/**
 * Delivery of finished reports to people: each report is filed in an outbox folder by week ({@link
 * cn.kczg.jobs.delivery.Outbox}), and optionally emailed with its workbook attached and a short
 * Chinese summary in the body ({@link cn.kczg.jobs.delivery.Delivery}). A failed send is retried a
 * bounded number of times with backoff; the report stays in the outbox marked unsent and a later
 * pass tries again.
 */
package cn.kczg.jobs.delivery;
