/**
 * The seeded sample-data generator: the bundled 衡阳 2022 demo inbox ({@code city} mode) and large
 * benchmark inboxes ({@code scale} mode), written in the platform's export formats.
 *
 * <p>Plain JDK only. Every choice comes from one {@link java.util.Random} seeded on the command
 * line and consumed in a fixed order, so the same seed gives byte-identical files. Cells never hold
 * an ASCII comma, double quote or line break, so a reader may split lines on commas.
 *
 * <p>Entry point: {@link cn.kczg.samples.SampleGenerator}.
 */
package cn.kczg.samples;
