package cn.kczg.reports;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WarmUpTest {
  @Test
  void warmsUpOnADaemonThreadAndFinishes() throws InterruptedException {
    Thread t = WarmUp.start();
    assertThat(t.isDaemon()).isTrue();
    t.join(60_000);
    assertThat(t.isAlive()).isFalse();
  }
}
