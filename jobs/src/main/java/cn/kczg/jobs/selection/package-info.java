/**
 * Progress against targets, league tables, and the selection in a notice's two stages: each
 * channel's recommendation list up to its slots ({@code Recommendations}), then the city's
 * selection per category up to the quota read with its tolerance ({@code CityDecision}, with quota
 * distribution over channels by rank order, Hamilton or D'Hondt); the qualifying organizations not
 * selected, with why; the reserve. Plain Java.
 */
package cn.kczg.jobs.selection;
