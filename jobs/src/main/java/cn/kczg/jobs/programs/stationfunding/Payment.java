package cn.kczg.jobs.programs.stationfunding;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A funding already paid, from the record of payments: funding is one-time (第五条 "一次性给予"), so a
 * station paid once is never eligible again.
 *
 * @param station the station's name as recorded
 * @param host the host unit as recorded, or ""
 * @param amount the amount paid, or null when not recorded
 * @param paidOn the day paid, or null when not recorded
 */
public record Payment(String station, String host, BigDecimal amount, LocalDate paidOn) {}
