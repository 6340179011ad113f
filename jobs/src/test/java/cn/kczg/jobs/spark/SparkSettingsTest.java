package cn.kczg.jobs.spark;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The session's settings, as plain values. */
class SparkSettingsTest {
  @Test
  void smallInputsKeepTwoShufflePartitionsPerCore() {
    assertThat(Spark.shufflePartitions(0, 2)).isEqualTo(4);
    assertThat(Spark.shufflePartitions(15_000, 2)).isEqualTo(4);
    assertThat(Spark.shufflePartitions(4_400_000, 2)).isEqualTo(4);
    assertThat(Spark.shufflePartitions(4_400_000, 8)).isEqualTo(16);
  }

  @Test
  void largeInputsGetAPartitionPerThreeMillionRowsUpTo32() {
    assertThat(Spark.shufflePartitions(44_000_000, 2)).isEqualTo(14);
    assertThat(Spark.shufflePartitions(500_000_000, 2)).isEqualTo(32);
  }

  @Test
  void defaultsAreForDeltaAndTheLocalMachine() {
    var c = Spark.defaults(2, true, "");
    assertThat(c)
        .containsEntry("spark.sql.extensions", "io.delta.sql.DeltaSparkSessionExtension")
        .containsEntry("spark.sql.shuffle.partitions", "4")
        .containsEntry("spark.driver.bindAddress", "127.0.0.1");
  }
}
