package cn.kczg.jobs.schedule;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

/**
 * The embedded H2 database Quartz keeps its jobs and triggers in: {@code
 * <warehouse>/_state/scheduler/quartz.mv.db}. Its tables are created on first use from the script
 * Quartz ships for H2 ({@code org/quartz/impl/jdbcjobstore/tables_h2.sql} in the quartz jar), so
 * they always match the Quartz version in use.
 */
final class QuartzDatabase {
  static final String SCHEDULER_NAME = "kczg";
  private static final String SCRIPT = "org/quartz/impl/jdbcjobstore/tables_h2.sql";

  private QuartzDatabase() {}

  /**
   * The JDBC URL of the database under a state folder. H2 must not close it from its own shutdown
   * hook, since the scheduler still writes while our hook lets running jobs finish.
   */
  static String url(Path stateDir) {
    return "jdbc:h2:file:"
        + stateDir.resolve("scheduler").resolve("quartz").toAbsolutePath()
        + ";DB_CLOSE_ON_EXIT=FALSE";
  }

  /** Creates Quartz's tables when the database has none yet. */
  static void ensureTables(Path stateDir) throws SQLException {
    try {
      Files.createDirectories(stateDir.resolve("scheduler"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try (Connection c = DriverManager.getConnection(url(stateDir), "kczg", "");
        Statement s = c.createStatement()) {
      if (!hasTables(c)) {
        for (String statement : script().replaceAll("(?m)^--.*$", "").split(";")) {
          if (!statement.isBlank()) {
            s.execute(statement);
          }
        }
      }
    }
  }

  private static boolean hasTables(Connection c) throws SQLException {
    try (ResultSet r = c.getMetaData().getTables(null, null, "QRTZ_TRIGGERS", null)) {
      return r.next();
    }
  }

  private static String script() {
    try (InputStream in = org.quartz.Scheduler.class.getClassLoader().getResourceAsStream(SCRIPT)) {
      if (in == null) {
        throw new IllegalStateException(SCRIPT + " is missing from the quartz jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Quartz's settings: JDBC job store (JobStoreTX) on the H2 database, two worker threads. */
  static Properties quartzProperties(Path stateDir, ServeConfig config) {
    Properties p = new Properties();
    p.setProperty("org.quartz.scheduler.instanceName", SCHEDULER_NAME);
    p.setProperty("org.quartz.scheduler.instanceId", "serve");
    p.setProperty("org.quartz.scheduler.skipUpdateCheck", "true");
    p.setProperty("org.quartz.threadPool.threadCount", "2");
    p.setProperty("org.quartz.jobStore.class", "org.quartz.impl.jdbcjobstore.JobStoreTX");
    p.setProperty(
        "org.quartz.jobStore.driverDelegateClass", "org.quartz.impl.jdbcjobstore.StdJDBCDelegate");
    p.setProperty("org.quartz.jobStore.dataSource", "kczg");
    p.setProperty("org.quartz.jobStore.tablePrefix", "QRTZ_");
    p.setProperty(
        "org.quartz.jobStore.misfireThreshold",
        String.valueOf(config.misfireThreshold().toMillis()));
    p.setProperty(
        "org.quartz.dataSource.kczg.connectionProvider.class",
        H2ConnectionProvider.class.getName());
    p.setProperty("org.quartz.dataSource.kczg.url", url(stateDir));
    return p;
  }
}
