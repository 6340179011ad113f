/**
 * The seeded sample-data generator: the bundled 衡阳 2022 demo inbox ({@code city} mode) and large
 * benchmark inboxes ({@code scale} mode), written in the platform's export formats.
 *
 * <p>Plain JDK only. Every choice comes from {@link java.util.Random}s seeded from the command line
 * and consumed in a fixed order, so the same seed gives byte-identical files. A benchmark inbox
 * also carries the integrity checks' planted cases and benign look-alikes ({@code planted.csv}).
 * Cells never hold an ASCII comma, double quote or line break, so a reader may split lines on
 * commas.
 *
 * <p>Entry point: {@link cn.kczg.samples.SampleGenerator}.
 */
package cn.kczg.samples;
