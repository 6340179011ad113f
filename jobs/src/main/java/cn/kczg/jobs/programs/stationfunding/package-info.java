/**
 * The {@code station-funding} program type: one-time funding of new society service stations
 * (岳人才办发〔2021〕8号 第五条) once they have operated the required years and passed assessment.
 *
 * <p>Reading of "新建且正常运转满两年以上": a station is new (新建) when it was founded on or after the measure's
 * date ({@code new_since}); founded on day F, it is eligible as of day D when D ≥ F plus the
 * rulebook's {@code operating_years} ({@link java.time.LocalDate#plusYears}), i.e. from the second
 * anniversary itself, that day included. A station founded 2021-04-01 is eligible on 2023-04-01 and
 * not on 2023-03-31; one founded on 29 February has its anniversary on 28 February of a non-leap
 * year (Java's rule, stated so it can be checked by hand).
 *
 * <p>Each station gets one status, the first that applies: 产业链不明 (its chain is not in the
 * rulebook's list), 级别不资助 (a level the program does not fund), 非新建 (founded before the measure),
 * 不合格 (never funded), 建站单位不得申请 (第六条: its host had a station assessed 不合格, on or before the day),
 * 已资助 (第五条 一次性: the record of payments holds it), 建站单位类型不符 (第二条, only when {@code
 * host_types_strict}; otherwise a host of another type is listed for review), 未满年限 (with the date
 * it becomes eligible), 待考核 (old enough, awaiting assessment), 可资助 (with the amount of its level,
 * and its 申请表 and 备案登记表).
 */
package cn.kczg.jobs.programs.stationfunding;
