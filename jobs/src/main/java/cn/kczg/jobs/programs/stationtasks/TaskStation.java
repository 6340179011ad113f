package cn.kczg.jobs.programs.stationtasks;

/**
 * One accepted row of the station list.
 *
 * @param file the list, as shown to people
 * @param line the row's line
 * @param name the station's name
 * @param host the organization under which its experts and activities appear on the platform
 * @param account the platform account of that organization, or "" when not given
 * @param serviceType its service type, one of the rulebook's
 */
public record TaskStation(
    String file, long line, String name, String host, String account, String serviceType) {}
