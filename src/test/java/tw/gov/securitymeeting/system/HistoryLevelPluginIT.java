package tw.gov.securitymeeting.system;

import java.util.Map;
import org.junit.jupiter.api.Test;
import tw.gov.securitymeeting.EmbeddedPostgres;

/** {@link HistoryLevelPluginTest} on PostgreSQL 17: a failed update must not break the engine's start. */
class HistoryLevelPluginIT {

  @Test
  void shouldSwitchAFullPostgresqlDatabaseToAudit() {
    Map<String, String> database = EmbeddedPostgres.newDatabase();
    HistoryLevelPluginTest.shouldSwitchAFullDatabaseToAudit(database.get("spring.datasource.url"), "postgres", "postgres");
  }

  @Test
  void shouldStartOnANewPostgresqlDatabase() {
    Map<String, String> database = EmbeddedPostgres.newDatabase();
    HistoryLevelPluginTest.shouldStartOnANewDatabase(database.get("spring.datasource.url"), "postgres", "postgres");
  }
}
