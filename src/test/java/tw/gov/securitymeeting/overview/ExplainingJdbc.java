package tw.gov.securitymeeting.overview;

import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.RowMapper;

/** For OverviewBenchmark: prints EXPLAIN ANALYZE (PostgreSQL) of every query and the time of a plain run before running it. */
final class ExplainingJdbc extends JdbcTemplate {

  private boolean explaining;

  ExplainingJdbc(DataSource dataSource) {
    super(dataSource);
  }

  @Override
  public <T> List<T> query(String sql, RowMapper<T> rowMapper, Object... args) {
    explain(sql, args);
    return super.query(sql, rowMapper, args);
  }

  @Override
  public void query(String sql, RowCallbackHandler handler, Object... args) {
    explain(sql, args);
    super.query(sql, handler, args);
  }

  @Override
  public Map<String, Object> queryForMap(String sql, Object... args) {
    explain(sql, args);
    return super.queryForMap(sql, args);
  }

  @Override
  public <T> T queryForObject(String sql, Class<T> type, Object... args) {
    explain(sql, args);
    return super.queryForObject(sql, type, args);
  }

  @Override
  public <T> List<T> queryForList(String sql, Class<T> type, Object... args) {
    explain(sql, args);
    return super.queryForList(sql, type, args);
  }

  private void explain(String sql, Object... args) {
    if (explaining) {
      return;
    }
    explaining = true;
    try {
      System.out.println("\n--- " + sql.replaceAll("\\s+", " "));
      super.query("explain (analyze, buffers) " + sql, (rs, n) -> rs.getString(1), args).forEach(System.out::println);
      long started = System.nanoTime();
      super.query(sql, (rs, n) -> 0, args);
      System.out.printf("Plain run (no instrumentation, rows read by JDBC): %.1f ms%n", (System.nanoTime() - started) / 1e6);
    } finally {
      explaining = false;
    }
  }
}
