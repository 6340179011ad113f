package cn.kczg.jobs.programs.stationtasks;

import cn.kczg.schemas.model.ItemKind;
import java.time.LocalDate;

/**
 * One published item of a platform export, once per id.
 *
 * @param kind experts or activities
 * @param id the platform's id (专家ID, 活动ID)
 * @param org the organization name as exported
 * @param account the platform account, or "" when not exported
 * @param date 入驻时间 or 举办时间
 * @param form the activity's 形式, or "" (experts, or not given)
 * @param file the export file
 * @param line the item's first line in the file
 */
public record PlatformItem(
    ItemKind kind,
    String id,
    String org,
    String account,
    LocalDate date,
    String form,
    String file,
    long line) {}
