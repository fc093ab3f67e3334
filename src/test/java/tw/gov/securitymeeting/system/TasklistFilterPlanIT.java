package tw.gov.securitymeeting.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import tw.gov.securitymeeting.EmbeddedPostgres;
import tw.gov.securitymeeting.SecurityMeetingApplication;

/**
 * The Tasklist filters at 2,000 open tasks per unit on PostgreSQL 17, the application started as production is
 * (no profile): its connections carry random_page_cost = 1.1 (application.yaml) and V36's statistics exist, so the
 * engine's authorization join probes the grants' index per task instead of comparing every task with every grant
 * (docs/performance.md, "Why the Tasklist filters miss"). Without the statistics the plan is the slow one again. The
 * task query requests (TaskQueryPlanFilter) plan for their values, so a statement prepared on the server keeps that
 * plan; every other statement keeps the plan cache.
 */
class TasklistFilterPlanIT {

  static final int TASKS_PER_UNIT = 2000;

  /** The count of 「本單位待辦」 as the engine sends it for 建設處's clerk (from pg_stat_statements, values filled in). */
  static final String FILTER_COUNT = """
      SELECT COUNT(*) FROM (SELECT DISTINCT RES.ID_ from ACT_RU_TASK RES
       left join ACT_RU_IDENTITYLINK I on I.TASK_ID_ = RES.ID_
       left join ACT_RE_PROCDEF D on RES.PROC_DEF_ID_ = D.ID_
       left join (
        SELECT A.* FROM ACT_RU_AUTHORIZATION A
        WHERE A.TYPE_ < 2 AND ( A.USER_ID_ in ( 'construction-clerk', '*') OR A.GROUP_ID_ IN ( 'construction' ) )
          AND ( ( A.RESOURCE_TYPE_ = 7 AND A.PERMS_ & 2 = 2 OR A.RESOURCE_TYPE_ = 6 AND A.PERMS_ & 64 = 64 ) )
        ) AUTH ON (AUTH.RESOURCE_ID_ IN ( RES.ID_ , D.KEY_ , '*' ))
       WHERE ( 1 = 1 and ( I.TYPE_ = 'candidate' and ( I.GROUP_ID_ IN ( 'construction' ) ) ) )
       and ( (RES.CASE_EXECUTION_ID_ IS NOT NULL) OR (AUTH.RESOURCE_ID_ IS NOT NULL) )
       and (RES.TENANT_ID_ is null) ) countDistinct""";

  /** One index probe of the grants per task. */
  static final String PROBE = "Index Cond: ((resource_id_)::text = (res.id_)::text)";

  static ConfigurableApplicationContext application;
  static Map<String, String> database;

  @BeforeAll
  static void startAsProductionWithTwoUnitsOfOpenTasks() {
    database = EmbeddedPostgres.newDatabase();
    List<String> args = new ArrayList<>();
    database.forEach((key, value) -> args.add("--" + key + "=" + value));
    args.addAll(List.of("--camunda.bpm.admin-user.password=Blue-Train-Over-Jiufen-7",
        "--camunda.bpm.process-engine-name=filters", "--camunda.bpm.job-execution.enabled=false",
        "--spring.jmx.enabled=false", "--server.port=0"));
    application = new SpringApplicationBuilder(SecurityMeetingApplication.class).run(args.toArray(String[]::new));
    JdbcTemplate jdbc = new JdbcTemplate(application.getBean(DataSource.class));
    String definition = jdbc.queryForObject("select id_ from act_re_procdef where key_ = 'resolution-follow-up'"
        + " order by version_ desc limit 1", String.class);
    for (String unit : List.of("construction", "education")) {
      // As the engine leaves an open 「填報辦理情形」: the task, its candidate group, the unit's grant (READ, UPDATE).
      jdbc.update("insert into act_ru_task (id_, rev_, proc_def_id_, name_, task_def_key_, create_time_, due_date_,"
          + " suspension_state_, priority_) select ? || '-' || n, 1, ?, '填報辦理情形', 'report-progress',"
          + " localtimestamp, localtimestamp - interval '10 days', 1, 50 from generate_series(1, ?) n",
          unit, definition, TASKS_PER_UNIT);
      jdbc.update("insert into act_ru_identitylink (id_, rev_, group_id_, type_, task_id_) select 'link-' || ? || '-' || n, 1,"
          + " ?, 'candidate', ? || '-' || n from generate_series(1, ?) n", unit, unit, unit, TASKS_PER_UNIT);
      jdbc.update("insert into act_ru_authorization (id_, rev_, type_, group_id_, resource_type_, resource_id_, perms_)"
          + " select 'grant-' || ? || '-' || n, 1, 1, ?, 7, ? || '-' || n, 6 from generate_series(1, ?) n",
          unit, unit, unit, TASKS_PER_UNIT);
    }
    jdbc.execute("analyze"); // as autovacuum does after such a change
  }

  @AfterAll
  static void stop() {
    if (application != null) {
      application.close();
    }
  }

  @Test
  void everyConnectionOfTheApplicationAndItsEngineCarriesTheIndexCostAndKeepsThePlanCache() throws SQLException {
    DataSource application = TasklistFilterPlanIT.application.getBean(DataSource.class);
    DataSource engine = TasklistFilterPlanIT.application.getBean(ProcessEngine.class).getProcessEngineConfiguration() instanceof
        ProcessEngineConfigurationImpl configuration ? configuration.getDataSource() : null;
    assertThat(engine).isNotNull();
    List<Connection> open = new ArrayList<>();
    try {
      for (int i = 0; i < 3; i++) { // several pool connections at once, each opened with the setting
        open.add(application.getConnection());
        open.add(engine.getConnection());
      }
      for (Connection connection : open) {
        assertThat(show(connection, "random_page_cost")).isEqualTo("1.1");
        assertThat(show(connection, "plan_cache_mode")).as("planned once per connection, outside the task queries").isEqualTo("auto");
      }
    } finally {
      for (Connection connection : open) {
        connection.close();
      }
    }
    try (Connection outside = DriverManager.getConnection(database.get("spring.datasource.url"), "postgres", "postgres")) {
      assertThat(show(outside, "random_page_cost")).as("the server's own default, untouched").isEqualTo("4");
      assertThat(show(outside, "plan_cache_mode")).isEqualTo("auto");
    }
  }

  /** Counts the tasks only when the engine's statement runs with plans for its values. */
  static final String COUNT_UNDER_CUSTOM_PLANS =
      "select count(*) from act_ru_task where current_setting('plan_cache_mode') = 'force_custom_plan'";

  @Test
  void aTaskQueryRequestPlansForItsValuesAndTheEngineJoinsItsTransaction() throws Exception {
    ProcessEngine engine = application.getBean(ProcessEngine.class);
    DataSource dataSource = application.getBean(DataSource.class);
    for (String path : List.of("/engine-rest/filter/some-filter/count", "/engine-rest/filter/some-filter/list",
        "/camunda/api/engine/engine/default/filter/some-filter/list", "/engine-rest/task", "/engine-rest/task/count")) {
      List<String> seen = new ArrayList<>();
      runThroughThePlanFilter("/engine-rest/task".equals(path) ? "POST" : "GET", path, () -> {
        seen.add(show(DataSourceUtils.getConnection(dataSource), "plan_cache_mode"));
        seen.add(String.valueOf(engine.getTaskService().createNativeTaskQuery().sql(COUNT_UNDER_CUSTOM_PLANS).count()));
        // The seventh execution of the prepared count on the request's connection still probes the grants per task.
        seen.add(planOfSeventhExecution(DataSourceUtils.getConnection(dataSource)));
      });
      assertThat(seen.get(0)).as(path).isEqualTo("force_custom_plan");
      assertThat(seen.get(1)).as(path + ": the engine's statement in the request's transaction").isEqualTo(String.valueOf(2 * TASKS_PER_UNIT));
      assertThat(seen.get(2)).as(path).contains(PROBE).doesNotContain("Join Filter");
    }
    // Set for that transaction only: the connection goes back to the pool with the plan cache.
    assertThat(engine.getTaskService().createNativeTaskQuery().sql(COUNT_UNDER_CUSTOM_PLANS).count()).isZero();
    try (Connection connection = dataSource.getConnection()) {
      assertThat(show(connection, "plan_cache_mode")).isEqualTo("auto");
    }
  }

  @Test
  void everyOtherRequestKeepsThePlanCache() throws Exception {
    ProcessEngine engine = application.getBean(ProcessEngine.class);
    for (String[] request : List.of(new String[] {"POST", "/engine-rest/task/some-task/complete"},
        new String[] {"GET", "/engine-rest/filter/some-filter"}, new String[] {"GET", "/engine-rest/process-instance"},
        new String[] {"DELETE", "/engine-rest/task"}, new String[] {"GET", "/api/meetings"})) {
      List<Long> counted = new ArrayList<>();
      runThroughThePlanFilter(request[0], request[1],
          () -> counted.add(engine.getTaskService().createNativeTaskQuery().sql(COUNT_UNDER_CUSTOM_PLANS).count()));
      assertThat(counted).as(request[0] + " " + request[1]).containsExactly(0L);
    }
  }

  @Test
  void overHttpTheClerksFilterCountAndTaskQueryAnswerAndTheirErrorsStayClientErrors() throws Exception {
    String port = application.getEnvironment().getProperty("local.server.port");
    java.net.http.HttpClient client = java.net.http.HttpClient.newHttpClient();
    // The engine of this class is named "filters" (a context of its own), so the REST paths name it.
    String clerkPassword = "Kx7%tR2w-Pq9#Lm4-Vb";
    var admin = call(client, port, "admin", "Blue-Train-Over-Jiufen-7", "PUT", "/engine-rest/engine/filters/user/construction-clerk/credentials",
        "{\"password\": \"" + clerkPassword + "\", \"authenticatedUserPassword\": \"Blue-Train-Over-Jiufen-7\"}");
    assertThat(admin.statusCode()).as(admin.body()).isEqualTo(204);
    String filter = new JdbcTemplate(application.getBean(DataSource.class)).queryForObject(
        "select id_ from act_ru_filter where name_ = '本單位待辦' and properties_ like '%\"unit:construction\"%'", String.class);
    for (int call = 0; call < 12; call++) { // past the driver's server-side prepare and PostgreSQL's generic plan
      var count = call(client, port, "construction-clerk", clerkPassword, "GET", "/engine-rest/engine/filters/filter/" + filter + "/count", null);
      assertThat(count.statusCode()).as(count.body()).isEqualTo(200);
      assertThat(count.body()).isEqualTo("{\"count\":" + TASKS_PER_UNIT + "}");
    }
    var query = call(client, port, "construction-clerk", clerkPassword, "POST", "/engine-rest/engine/filters/task/count",
        "{\"candidateGroup\": \"education\"}");
    assertThat(query.statusCode()).as(query.body()).isEqualTo(200);
    assertThat(query.body()).as("another unit's tasks stay invisible").isEqualTo("{\"count\":0}");
    // Errors raised by the engine inside the request's transaction: the caller's mistake, not a 500.
    var unknown = call(client, port, "construction-clerk", clerkPassword, "GET", "/engine-rest/engine/filters/filter/no-such-filter/count", null);
    assertThat(unknown.statusCode()).as("the engine checks READ on the filter first: " + unknown.body()).isEqualTo(403);
    var badSort = call(client, port, "construction-clerk", clerkPassword, "GET", "/engine-rest/engine/filters/task?sortBy=nonsense&sortOrder=asc", null);
    assertThat(badSort.statusCode()).as(badSort.body()).isEqualTo(400);
    var after = call(client, port, "construction-clerk", clerkPassword, "GET", "/engine-rest/engine/filters/filter/" + filter + "/count", null);
    assertThat(after.body()).isEqualTo("{\"count\":" + TASKS_PER_UNIT + "}");
  }

  private static java.net.http.HttpResponse<String> call(java.net.http.HttpClient client, String port, String user, String password,
      String method, String path, String json) throws Exception {
    var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + path))
        .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString((user + ":" + password).getBytes(
            java.nio.charset.StandardCharsets.UTF_8)))
        .header("Content-Type", "application/json")
        .method(method, json == null ? java.net.http.HttpRequest.BodyPublishers.noBody()
            : java.net.http.HttpRequest.BodyPublishers.ofString(json));
    return client.send(request.build(), java.net.http.HttpResponse.BodyHandlers.ofString());
  }

  interface ChainStep {
    void run() throws Exception;
  }

  /** The request through the application's TaskQueryPlanFilter, the rest of the chain being the step. */
  private static void runThroughThePlanFilter(String method, String path, ChainStep step) throws Exception {
    @SuppressWarnings("unchecked")
    FilterRegistrationBean<TaskQueryPlanFilter> registration = application.getBean("taskQueryPlans", FilterRegistrationBean.class);
    assertThat(registration.isEnabled()).as("on PostgreSQL").isTrue();
    MockHttpServletRequest request = new MockHttpServletRequest(method, path);
    request.setServletPath(path);
    registration.getFilter().doFilter(request, new MockHttpServletResponse(), (in, out) -> {
      try {
        step.run();
      } catch (RuntimeException | java.io.IOException | jakarta.servlet.ServletException failed) {
        throw failed;
      } catch (Exception failed) {
        throw new IllegalStateException(failed);
      }
    });
  }

  @Test
  void theFilterCountProbesTheGrantsIndexInsteadOfComparingEveryTaskWithEveryGrant() throws SQLException {
    try (Connection connection = application.getBean(DataSource.class).getConnection()) {
      assertThat(plan(connection)).contains("BitmapOr", PROBE).doesNotContain("Join Filter");
      connection.setAutoCommit(false);
      try (Statement statement = connection.createStatement()) {
        statement.execute("drop statistics app_stat_auth_perms");
        assertThat(plan(connection)).as("without V36's statistics: the nested loop with a join filter")
            .contains("Join Filter").doesNotContain(PROBE);
      } finally {
        connection.rollback();
        connection.setAutoCommit(true);
      }
    }
  }

  /**
   * PgJDBC prepares a statement on the server from its 5th use on a connection, and PostgreSQL plans a prepared
   * statement once for any values from its 6th execution on if that looks no dearer: without the permission values the
   * statistics do not apply and the generic plan is the nested loop again (1–2 s per call after ten calls on one pool
   * connection at 100,000 items). Inside a task query request (above) force_custom_plan keeps planning with the values.
   */
  @Test
  void theGenericPlanOfThePreparedFilterCountComparesEveryTaskWithEveryGrant() throws SQLException {
    try (Connection outside = DriverManager.getConnection(database.get("spring.datasource.url"), "postgres", "postgres");
        Statement statement = outside.createStatement()) {
      // What plan_cache_mode auto picks once the generic plan looks no dearer (seen at 100,000 items, docs/performance.md)
      statement.execute("set random_page_cost = 1.1; set plan_cache_mode = force_generic_plan");
      assertThat(planOfSeventhExecution(outside)).as("the generic plan").contains("Join Filter").doesNotContain(PROBE);
    }
  }

  @Test
  void v36KeepsStatisticsOnThePermissionBits() {
    JdbcTemplate jdbc = new JdbcTemplate(application.getBean(DataSource.class));
    assertThat(jdbc.queryForObject("select count(*) from pg_statistic_ext where stxname = 'app_stat_auth_perms'",
        Integer.class)).isOne();
  }

  @Test
  void aClerkStillCountsOnlyTheTasksGrantedToTheirUnit() {
    ProcessEngine engine = application.getBean(ProcessEngine.class);
    engine.getIdentityService().setAuthentication("construction-clerk", List.of("construction"));
    try {
      assertThat(engine.getTaskService().createTaskQuery().taskCandidateGroup("construction").count())
          .isEqualTo(TASKS_PER_UNIT);
      assertThat(engine.getTaskService().createTaskQuery().taskCandidateGroup("education").count()).isZero();
      assertThat(engine.getTaskService().createTaskQuery().count()).isEqualTo(TASKS_PER_UNIT);
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  /** The count prepared with the engine's bound values as parameters, executed six times, then explained. */
  private static String planOfSeventhExecution(Connection connection) throws SQLException {
    String prepared = FILTER_COUNT.replace("'construction-clerk', '*'", "$1, '*'").replace("A.GROUP_ID_ IN ( 'construction' )",
            "A.GROUP_ID_ IN ( $2 )").replace("A.RESOURCE_TYPE_ = 7 AND A.PERMS_ & 2 = 2", "A.RESOURCE_TYPE_ = $3 AND A.PERMS_ & $4 = $5")
        .replace("A.RESOURCE_TYPE_ = 6 AND A.PERMS_ & 64 = 64", "A.RESOURCE_TYPE_ = $6 AND A.PERMS_ & $7 = $8")
        .replace("I.GROUP_ID_ IN ( 'construction' )", "I.GROUP_ID_ IN ( $9 )");
    assertThat(prepared).contains("$1", "$2", "$5", "$8", "$9").doesNotContain("'construction'");
    String execute = "execute filter_count('construction-clerk', 'construction', 7, 2, 2, 6, 64, 64, 'construction')";
    StringBuilder plan = new StringBuilder();
    try (Statement statement = connection.createStatement()) {
      statement.execute("prepare filter_count(varchar, varchar, int, int, int, int, int, int, varchar) as " + prepared);
      for (int i = 0; i < 6; i++) {
        statement.execute(execute);
      }
      try (ResultSet rows = statement.executeQuery("explain " + execute)) {
        while (rows.next()) {
          plan.append(rows.getString(1)).append('\n');
        }
      }
      statement.execute("deallocate filter_count");
    }
    return plan.toString();
  }

  private static String plan(Connection connection) throws SQLException {
    StringBuilder plan = new StringBuilder();
    try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery("explain " + FILTER_COUNT)) {
      while (rows.next()) {
        plan.append(rows.getString(1)).append('\n');
      }
    }
    return plan.toString();
  }

  private static String show(Connection connection, String setting) throws SQLException {
    try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery("show " + setting)) {
      row.next();
      return row.getString(1);
    }
  }
}
