package cn.kczg.jobs.schedule;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.jdbcx.JdbcConnectionPool;
import org.quartz.utils.ConnectionProvider;

/**
 * Quartz's connections to the embedded H2 database, from H2's own small pool (so neither c3p0 nor
 * HikariCP is needed). Quartz makes it from {@code
 * org.quartz.dataSource.kczg.connectionProvider.class} and sets {@link #setUrl} from {@code
 * org.quartz.dataSource.kczg.url}.
 */
public final class H2ConnectionProvider implements ConnectionProvider {
  private String url;
  private JdbcConnectionPool pool;

  /** The JDBC URL; set by Quartz from the data source's properties. */
  public void setUrl(String url) {
    this.url = url;
  }

  @Override
  public void initialize() {
    pool = JdbcConnectionPool.create(url, "kczg", "");
    pool.setMaxConnections(8);
  }

  @Override
  public Connection getConnection() throws SQLException {
    return pool.getConnection();
  }

  @Override
  public void shutdown() {
    if (pool != null) {
      pool.dispose();
    }
  }
}
