/**
 * The benchmark's peer program: what a data engineer would write instead of this engine, a plain
 * DuckDB program over the same inbox CSV files computing the same per-organization counts,
 * completion, ranks and shortlist; and {@link cn.kczg.bench.ProgressCompare}, which checks that
 * both give identical figures. Built only with {@code mvn -Pbench}; run by {@code bench/run.sh}.
 */
package cn.kczg.bench;
