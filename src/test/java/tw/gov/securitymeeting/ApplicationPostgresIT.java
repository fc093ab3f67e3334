package tw.gov.securitymeeting;

import static org.assertj.core.api.Assertions.assertThat;

import javax.sql.DataSource;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The application on a real PostgreSQL 17: engine schema, Flyway tables, both folders deployed. */
@ApplicationTest
class ApplicationPostgresIT {

  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry registry) {
    EmbeddedPostgres.newDatabase(registry);
  }

  @Autowired DataSource dataSource;
  @Autowired RepositoryService repositoryService;
  @Autowired JdbcTemplate jdbc;

  @Test
  void shouldRunOnPostgresql17() throws Exception {
    try (var connection = dataSource.getConnection()) {
      assertThat(connection.getMetaData().getDatabaseProductName()).isEqualTo("PostgreSQL");
      assertThat(connection.getMetaData().getDatabaseMajorVersion()).isEqualTo(17);
    }
    assertThat(jdbc.queryForObject("select count(*) from app_meeting", Integer.class)).isZero();
  }

  @Test
  void shouldDeployTheProcessesAndFormsFolders() {
    DeploymentContents.assertEveryProcessAndFormDeployed(repositoryService);
  }
}
