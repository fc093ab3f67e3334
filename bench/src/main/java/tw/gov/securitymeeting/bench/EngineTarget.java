package tw.gov.securitymeeting.bench;

import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.task.Task;

/**
 * The bare engine: a plain ProcessEngineConfiguration (Camunda's defaults: history level audit, no
 * authorizations, no job executor) on its own database of the same server, driven through the Java API
 * with the follow-up's shape; tasks are found by process instance as the application's users find them.
 */
final class EngineTarget implements Target {

  private final ProcessEngine engine;
  private final String database;

  EngineTarget(Postgres postgres, String database, String historyLevel) throws Exception {
    postgres.createDatabase(database);
    this.database = database;
    ProcessEngineConfiguration configuration = ProcessEngineConfiguration.createStandaloneProcessEngineConfiguration()
        .setJdbcUrl(postgres.jdbcUrl(database))
        .setJdbcUsername("postgres")
        .setJdbcPassword("postgres")
        .setJdbcDriver("org.postgresql.Driver")
        .setJdbcMaxActiveConnections(20)
        .setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE)
        .setHistory(historyLevel)
        .setJobExecutorActivate(false);
    configuration.setProcessEngineName("bench-" + database);
    this.engine = configuration.buildProcessEngine();
    engine.getRepositoryService().createDeployment().addClasspathResource("bench-follow-up.bpmn").deploy();
  }

  @Override
  public String name() {
    return "engine";
  }

  @Override
  public String database() {
    return database;
  }

  @Override
  public long pid() {
    return ProcessHandle.current().pid();
  }

  @Override
  public int lifecyclesPerUnit() {
    return 1;
  }

  @Override
  public int unit(int i, Latencies latencies) {
    String instance = latencies.time("start", () -> engine.getRuntimeService()
        .startProcessInstanceByKey("bench-follow-up", "bench-" + i, Map.of("unitA", "construction", "unitB", "education"))
        .getId());
    for (String unit : new String[] {"construction", "education"}) {
      complete(latencies, "report", instance, unit, Map.of("status", "DONE", "progress", "已辦理完成", "suggestion", "close"));
    }
    complete(latencies, "review", instance, "ethics", Map.of("recommendation", "close", "note", "均已辦理"));
    complete(latencies, "ruling", instance, "chair", Map.of("ruling", "close"));
    return 1;
  }

  private void complete(Latencies latencies, String kind, String instance, String group, Map<String, Object> variables) {
    Task task = latencies.time("find task", () ->
        engine.getTaskService().createTaskQuery().processInstanceId(instance).taskCandidateGroup(group).singleResult());
    latencies.time("complete " + kind, () -> {
      engine.getTaskService().complete(task.getId(), variables);
      return null;
    });
  }

  @Override
  public void close() {
    engine.close();
  }
}
