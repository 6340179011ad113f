package cn.kczg.jobs.integrity;

import cn.kczg.schemas.model.ItemKind;

/**
 * One integrity flag on one organization.
 *
 * @param orgId the organization
 * @param check the check's rulebook name, e.g. {@code burst}
 * @param kind the indicator it concerns
 * @param sentence what was found, in one sentence a reviewer understands
 * @param evidence the item ids, dates and figures behind it
 * @param decisive whether a target is met only because of it (or was lost because of it)
 */
public record Finding(
    String orgId,
    String check,
    ItemKind kind,
    String sentence,
    String evidence,
    boolean decisive) {}
