package cn.kczg.schemas.program;

import cn.kczg.schemas.model.IndicatorCounts;

/**
 * The targets of one category, or of one level within it (universities: 本科 / 高职大专).
 *
 * @param category 机构类型
 * @param level 办学层次, or empty for the whole category
 * @param targets the count to reach per kind ("N 以上" includes N)
 */
public record TargetRule(String category, String level, IndicatorCounts targets) {}
