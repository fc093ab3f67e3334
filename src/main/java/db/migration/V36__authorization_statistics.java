package db.migration;

import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * PostgreSQL only (nothing on H2): statistics on the permission bits the engine's authorization checks test
 * ({@code PERMS_ & 2 = 2} READ, {@code PERMS_ & 64 = 64} READ_TASK). Without them PostgreSQL guesses that 0.5 % of
 * ACT_RU_AUTHORIZATION matches (10 rows where a unit has 2,000 task grants) and joins a unit's tasks with its grants in
 * a nested loop that compares every task with every grant (4 million comparisons, 1–3 s per Tasklist filter at 2,000
 * open tasks). With the right estimate and the connections' random_page_cost (application.yaml) it probes the
 * (RESOURCE_TYPE_, RESOURCE_ID_) index of V30 per task instead (docs/performance.md, "Why the Tasklist filters miss").
 */
public class V36__authorization_statistics extends BaseJavaMigration {

  @Override
  public void migrate(Context context) throws Exception {
    if (!"PostgreSQL".equals(context.getConnection().getMetaData().getDatabaseProductName())) {
      return;
    }
    try (Statement statement = context.getConnection().createStatement()) {
      statement.execute("create statistics if not exists app_stat_auth_perms on (perms_ & 2), (perms_ & 64)"
          + " from act_ru_authorization");
      statement.execute("analyze act_ru_authorization");
    }
  }
}
