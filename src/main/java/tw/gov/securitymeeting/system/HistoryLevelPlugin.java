package tw.gov.securitymeeting.system;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The history level of {@code camunda.bpm.history-level} (the application runs {@code audit}) also on a
 * database created at another level, e.g. {@code full} by an earlier release: the engine refuses to start
 * when the level stored in {@code ACT_GE_PROPERTY} ({@code historyLevel}) differs from its configuration.
 * After the configuration is read and before the engine checks the schema, the stored level is set to the
 * configured one. On a new database the table does not exist yet: nothing to do, the engine stores its level.
 * Every node of one database must be configured alike (docs/performance.md).
 */
@Component
class HistoryLevelPlugin extends AbstractProcessEnginePlugin {

  private static final Logger LOG = LoggerFactory.getLogger(HistoryLevelPlugin.class);

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    HistoryLevel configured = configuration.getHistoryLevel();
    if (configured == null) {
      return; // "auto": the engine takes the stored level
    }
    String table = (configuration.getDatabaseTablePrefix() == null ? "" : configuration.getDatabaseTablePrefix()) + "ACT_GE_PROPERTY";
    int changed = store(configuration.getDataSource(), table, configured.getId());
    if (changed > 0) {
      LOG.warn("History level of the database changed to {} ({}), as configured", configured.getName(), configured.getId());
    }
  }

  /** Rows changed: 1 if the database stored another level, 0 if the same or no schema yet. */
  static int store(DataSource dataSource, String table, int level) {
    try (Connection connection = dataSource.getConnection()) {
      boolean autoCommit = connection.getAutoCommit();
      connection.setAutoCommit(true);
      try (PreparedStatement update = connection.prepareStatement(
          "update " + table + " set VALUE_ = ?, REV_ = REV_ + 1 where NAME_ = 'historyLevel' and VALUE_ <> ?")) {
        update.setString(1, Integer.toString(level));
        update.setString(2, Integer.toString(level));
        return update.executeUpdate();
      } catch (SQLException noSchemaYet) {
        return 0;
      } finally {
        connection.setAutoCommit(autoCommit);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot read the engine's history level", e);
    }
  }
}
