/**
 * The one SparkSession of a process, configured for Delta and a small machine, or for a cluster.
 */
package cn.kczg.jobs.spark;
