package cn.kczg.jobs.programs.stationfunding;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What one station gets as of a day.
 *
 * @param station the station
 * @param status its status
 * @param eligibleFrom the day it has operated long enough (founding + the required years); null
 *     when it can never be funded as listed
 * @param amount the one-time amount in CNY when eligible, else zero
 * @param reason one sentence saying why, and what would change it
 */
public record FundingDecision(
    Station station,
    Eligibility status,
    LocalDate eligibleFrom,
    BigDecimal amount,
    String reason) {}
