package tw.gov.securitymeeting.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.junit.jupiter.api.Test;

/**
 * A database created at history level full (the application's level before) starts at audit with
 * {@link HistoryLevelPlugin}, and would not start without it; a new database starts too.
 */
class HistoryLevelPluginTest {

  static ProcessEngine engine(String url, String user, String password, String history, List<ProcessEnginePlugin> plugins) {
    ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) new StandaloneProcessEngineConfiguration()
        .setJdbcUrl(url).setJdbcUsername(user).setJdbcPassword(password)
        .setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE)
        .setHistory(history)
        .setJobExecutorActivate(false)
        .setProcessEngineName("history-level-" + System.nanoTime());
    configuration.setProcessEnginePlugins(plugins);
    return configuration.buildProcessEngine();
  }

  static String storedLevel(ProcessEngine engine) {
    Map<String, String> properties = engine.getManagementService().getProperties();
    return properties.get("historyLevel");
  }

  /** full → audit on one database, refused without the plugin, accepted with it; then audit again. */
  static void shouldSwitchAFullDatabaseToAudit(String url, String user, String password) {
    ProcessEngine full = engine(url, user, password, "full", List.of(new HistoryLevelPlugin()));
    assertThat(storedLevel(full)).isEqualTo("3");
    full.close();

    assertThatThrownBy(() -> engine(url, user, password, "audit", List.of()))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("historyLevel mismatch");

    ProcessEngine audit = engine(url, user, password, "audit", List.of(new HistoryLevelPlugin()));
    assertThat(storedLevel(audit)).isEqualTo("2");
    assertThat(((ProcessEngineConfigurationImpl) audit.getProcessEngineConfiguration()).getHistoryLevel().getName()).isEqualTo("audit");
    audit.close();

    ProcessEngine again = engine(url, user, password, "audit", List.of(new HistoryLevelPlugin()));
    assertThat(storedLevel(again)).isEqualTo("2");
    again.close();
  }

  static void shouldStartOnANewDatabase(String url, String user, String password) {
    ProcessEngine audit = engine(url, user, password, "audit", List.of(new HistoryLevelPlugin()));
    assertThat(storedLevel(audit)).isEqualTo("2");
    audit.close();
  }

  @Test
  void shouldSwitchAFullH2DatabaseToAudit() {
    shouldSwitchAFullDatabaseToAudit("jdbc:h2:mem:history-full-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1", "sa", "");
  }

  @Test
  void shouldStartOnANewH2Database() {
    shouldStartOnANewDatabase("jdbc:h2:mem:history-new-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1", "sa", "");
  }
}
