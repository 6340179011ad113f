/**
 * The weekly mail as plain text and HTML, from a {@link cn.kczg.reports.ReportModel} (the whole
 * city, or one channel's share of it): the week's key figures with the change since last week, the
 * at-risk count, the days to the deadline, each category's line, the organizations an item or two
 * short, a channel's own list, and the key charts inline. Plain Java: the jobs' delivery turns it
 * into a MIME message.
 */
package cn.kczg.reports.mail;
