/**
 * The {@code station-funding} program type: one-time funding of new society service stations
 * (岳人才办发〔2021〕8号 第五条) once they have operated the required years and passed assessment.
 *
 * <p>Reading of "新建且正常运转满两年以上": a station founded on day F is eligible as of day D when D ≥ F plus
 * the rulebook's {@code operating_years} ({@link java.time.LocalDate#plusYears}), i.e. from the
 * second anniversary itself, that day included. A station founded 2021-03-01 is eligible on
 * 2023-03-01 and not on 2023-02-28; one founded on 29 February has its anniversary on 28 February
 * of a non-leap year (Java's rule, stated so it can be checked by hand).
 *
 * <p>Each station gets one status, the first that applies: 产业链不明 (its chain is not in the
 * rulebook's list), 级别不资助 (a level the program does not fund), 不合格 (never funded), 未满年限 (with the
 * date it becomes eligible), 待考核 (old enough, awaiting assessment), 可资助 (with the amount of its
 * level).
 */
package cn.kczg.jobs.programs.stationfunding;
