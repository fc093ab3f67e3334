package tw.gov.securitymeeting;

import static org.assertj.core.api.Assertions.assertThat;

import javax.sql.DataSource;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The application on H2 (the embedded default): both folders deployed, Camunda Forms included. */
@ApplicationTest
class ApplicationH2Test {

  @Autowired DataSource dataSource;
  @Autowired RepositoryService repositoryService;

  @Test
  void shouldRunOnH2() throws Exception {
    try (var connection = dataSource.getConnection()) {
      assertThat(connection.getMetaData().getDatabaseProductName()).isEqualTo("H2");
    }
  }

  @Test
  void shouldDeployTheProcessesAndFormsFolders() {
    DeploymentContents.assertEveryProcessAndFormDeployed(repositoryService);
  }
}
