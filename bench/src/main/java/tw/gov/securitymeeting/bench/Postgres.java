package tw.gov.securitymeeting.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * PostgreSQL 17 from the embedded binaries the tests use, with fsync and synchronous commits on (as a real
 * server) and pg_stat_statements loaded. Each run (engine, application) gets a database of its own.
 */
final class Postgres implements AutoCloseable {

  /** Counters of one database at one moment. */
  record Counters(long commits, long statements, long tuples, long cpuMillis) {
    Counters minus(Counters before) {
      return new Counters(commits - before.commits, statements - before.statements, tuples - before.tuples,
          cpuMillis - before.cpuMillis);
    }
  }

  private final EmbeddedPostgres server;
  private final long postmasterPid;
  private final boolean statementsAvailable;

  private Postgres(EmbeddedPostgres server) throws SQLException, IOException {
    this.server = server;
    try (Connection c = admin(); Statement s = c.createStatement()) {
      ResultSet dir = s.executeQuery("select setting from pg_settings where name = 'data_directory'");
      dir.next();
      String pidLine = Files.readAllLines(Path.of(dir.getString(1), "postmaster.pid")).get(0).trim();
      this.postmasterPid = Long.parseLong(pidLine);
      boolean available;
      try {
        s.execute("create extension if not exists pg_stat_statements");
        available = true;
      } catch (SQLException notLoaded) {
        available = false;
      }
      this.statementsAvailable = available;
    }
  }

  static Postgres start() throws IOException, SQLException {
    return new Postgres(EmbeddedPostgres.builder()
        .setServerConfig("fsync", "on")
        .setServerConfig("synchronous_commit", "on")
        .setServerConfig("full_page_writes", "on")
        .setServerConfig("shared_preload_libraries", "pg_stat_statements")
        .setServerConfig("pg_stat_statements.track", "top")
        .setServerConfig("max_connections", "300")
        .setServerConfig("shared_buffers", "256MB")
        .start());
  }

  /** Where the SQL statement counts come from. */
  String statementSource() {
    return statementsAvailable ? "pg_stat_statements (calls)" : "pg_stat_database (tuples returned+fetched+written)";
  }

  void createDatabase(String name) throws SQLException {
    try (Connection c = admin(); Statement s = c.createStatement()) {
      s.execute("create database " + name);
    }
  }

  String jdbcUrl(String database) {
    return server.getJdbcUrl("postgres", database);
  }

  DataSource dataSource(String database) {
    return server.getDatabase("postgres", database);
  }

  /** Counters of a database; waits for the backends to publish their statistics first. */
  Counters counters(String database) throws SQLException {
    try {
      Thread.sleep(1200); // PostgreSQL flushes a backend's statistics at most once a second
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    try (Connection c = admin(); Statement s = c.createStatement()) {
      ResultSet db = s.executeQuery("select xact_commit, tup_returned + tup_fetched + tup_inserted + tup_updated + tup_deleted"
          + " from pg_stat_database where datname = '" + database + "'");
      db.next();
      long commits = db.getLong(1);
      long tuples = db.getLong(2);
      long statements = tuples;
      if (statementsAvailable) {
        ResultSet st = s.executeQuery("select coalesce(sum(calls), 0) from pg_stat_statements"
            + " where dbid = (select oid from pg_database where datname = '" + database + "')");
        st.next();
        statements = st.getLong(1);
      }
      return new Counters(commits, statements, tuples, Proc.treeCpuMillis(postmasterPid));
    }
  }

  /** Fresh planner statistics of every table of one database (ANALYZE). */
  void analyze(String database) throws SQLException {
    try (Connection c = dataSource(database).getConnection(); Statement s = c.createStatement()) {
      s.execute("analyze");
    }
  }

  /** Forgets the statements of one database in pg_stat_statements (nothing when the extension is not loaded). */
  void resetStatements(String database) throws SQLException {
    if (!statementsAvailable) {
      return;
    }
    try (Connection c = admin(); Statement s = c.createStatement()) {
      s.execute("select pg_stat_statements_reset(0, (select oid from pg_database where datname = '" + database + "'), 0)");
    }
  }

  /** The statements of one database with the highest mean time: "mean ms, calls, rows per call, text". */
  java.util.List<String> slowest(String database, int limit) throws SQLException {
    java.util.List<String> lines = new java.util.ArrayList<>();
    if (!statementsAvailable) {
      return lines;
    }
    try (Connection c = admin(); Statement s = c.createStatement()) {
      ResultSet rs = s.executeQuery("select mean_exec_time, calls, rows, regexp_replace(query, '\\s+', ' ', 'g')"
          + " from pg_stat_statements where dbid = (select oid from pg_database where datname = '" + database + "')"
          + " and calls >= 3 order by mean_exec_time desc limit " + limit);
      while (rs.next()) {
        String query = rs.getString(4);
        lines.add(String.format("%8.2f %6d %8.1f  %s", rs.getDouble(1), rs.getLong(2), rs.getLong(3) / (double) rs.getLong(2),
            query.length() > 160 ? query.substring(0, 160) + "…" : query));
      }
    }
    return lines;
  }

  private Connection admin() throws SQLException {
    return server.getPostgresDatabase().getConnection();
  }

  @Override
  public void close() throws IOException {
    server.close();
  }
}
