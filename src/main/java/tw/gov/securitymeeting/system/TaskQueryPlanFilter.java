package tw.gov.securitymeeting.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Task lists and counts planned for their values, on PostgreSQL: a filter's list, count or single result and the task
 * query and its count (under {@code /engine-rest} and the webapps' {@code /camunda/api/engine}, as Tasklist asks) run in
 * one transaction that starts with {@code set local plan_cache_mode = force_custom_plan}; the engine's statements join
 * it (the engine takes part in Spring's transactions). A statement the driver has prepared on the server would
 * otherwise switch to a generic plan after a few calls on a connection, and for the authorization join of these
 * queries that plan compares every task with every grant (about a second at 2,000 open tasks of a unit). Every other
 * request keeps the server's plan cache: planning each of the ~490 statements of a follow-up's lifecycle at every
 * execution cost PostgreSQL 75 ms of CPU per lifecycle (docs/performance.md). The transaction is rolled back at the
 * end: these requests read only.
 */
final class TaskQueryPlanFilter extends OncePerRequestFilter {

  /** The task queries with the authorization join, below the engine's REST root. */
  static final Pattern TASK_QUERIES = Pattern.compile("filter/[^/]+/(?:list|count|singleResult)|task|task/count");

  private final TransactionTemplate transaction;
  private final JdbcTemplate jdbc;

  TaskQueryPlanFilter(TransactionTemplate transaction, JdbcTemplate jdbc) {
    this.transaction = transaction;
    this.jdbc = jdbc;
  }

  static boolean isTaskQuery(HttpServletRequest request) {
    EngineRestPath path = EngineRestPath.of(request);
    return path != null && ("GET".equals(path.method()) || "POST".equals(path.method())) && path.matches(TASK_QUERIES);
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (!isTaskQuery(request)) {
      chain.doFilter(request, response);
      return;
    }
    try {
      transaction.executeWithoutResult(status -> {
        status.setRollbackOnly();
        jdbc.execute("set local plan_cache_mode = force_custom_plan");
        try {
          chain.doFilter(request, response);
        } catch (IOException | ServletException failed) {
          throw new ChainFailure(failed);
        }
      });
    } catch (ChainFailure failure) {
      if (failure.getCause() instanceof IOException io) {
        throw io;
      }
      throw (ServletException) failure.getCause();
    }
  }

  /** A checked failure of the rest of the chain, carried out of the transaction's callback. */
  private static final class ChainFailure extends RuntimeException {
    ChainFailure(Exception cause) {
      super(cause);
    }
  }
}
