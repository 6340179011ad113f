package cn.kczg.jobs.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The week a report is for comes from the drops and the ledger, never from the clock. */
final class RunLedgerTest {
  private static final LocalDate JUNE_27 = LocalDate.of(2022, 6, 27);
  private static final LocalDate JULY_4 = LocalDate.of(2022, 7, 4);
  private static final LocalDate JULY_11 = LocalDate.of(2022, 7, 11);

  @TempDir Path tmp;

  @Test
  void theNewestDropIsDueOnceEvenWhenSeveralWeeksWereMissed() {
    RunLedger ledger = new RunLedger(tmp);
    ledger.record("hengyang-2022", JUNE_27, Instant.EPOCH);
    assertThat(ledger.due("hengyang-2022", List.of(JUNE_27, JULY_4, JULY_11))).contains(JULY_11);
    ledger.record("hengyang-2022", JULY_11, Instant.EPOCH);
    assertThat(ledger.due("hengyang-2022", List.of(JUNE_27, JULY_4, JULY_11))).isEmpty();
  }

  @Test
  void programsAreTrackedApartAndAnEmptyWarehouseHasNothingDue() {
    RunLedger ledger = new RunLedger(tmp);
    ledger.record("hengyang-2022", JULY_4, Instant.EPOCH);
    assertThat(ledger.due("other", List.of(JULY_4))).contains(JULY_4);
    assertThat(ledger.due("hengyang-2022", List.of())).isEmpty();
    assertThat(new RunLedger(tmp).entries())
        .containsExactly(new RunLedger.Entry("hengyang-2022", JULY_4, Instant.EPOCH));
  }
}
