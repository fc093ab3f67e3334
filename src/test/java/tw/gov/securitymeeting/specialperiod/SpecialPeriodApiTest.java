package tw.gov.securitymeeting.specialperiod;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import tw.gov.securitymeeting.ApplicationTest;

/** /api/special-periods over HTTP: who may do what, every bad input (400 in Chinese, nothing changed), and task answers that try to reach another unit's or plan's data. */
@ApplicationTest
class SpecialPeriodApiTest {

  @Autowired TestRestTemplate rest;
  @Autowired TaskService taskService;
  @Autowired JdbcTemplate jdbc;
  SpecialPeriodHttp http;

  @BeforeEach
  void setUp() {
    http = new SpecialPeriodHttp(rest);
    SpecialPeriodProcessTest.clock(LocalDateTime.of(2022, 1, 10, 9, 0));
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void shouldRefuseABadPlanInChineseAndChangeNothing() throws Exception {
    int plans = count();
    Map<String, String> errors = http.errors(http.post("ethics-clerk", "/api/special-periods", """
        {"title": " ", "occasion": "春節", "startDate": "2022-02-07", "endDate": "2022-01-24", "mission": "任務",
         "measures": [{"area": "SECRECY", "text": " ", "units": ["ethics"]},
                      {"area": "SECURITY", "text": "門禁", "units": ["police"]},
                      {"area": "WEATHER", "text": "颱風", "units": []}]}"""));
    assertThat(errors).containsKeys("title", "endDate", "measures[0].text", "measures[1].units", "measures[2].area", "measures[2].units");
    assertThat(errors.get("endDate")).isEqualTo("工作期程結束日不可早於開始日。");
    assertThat(errors.get("measures[0].text")).isEqualTo("第 1 項措施沒有內容。");
    assertThat(errors.get("measures[1].units")).contains("沒有代號為「police」的單位");
    assertThat(http.errors(http.post("ethics-clerk", "/api/special-periods", "{\"startDate\": \"111/1/24\", \"measures\": []}")))
        .containsEntry("measures", "請至少列出一項重點措施。").containsKey("startDate");
    assertThat(http.post("ethics-clerk", "/api/special-periods", "").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(http.post("ethics-clerk", "/api/special-periods", "{\"measures\": \"很多\"}").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(count()).isEqualTo(plans);
    assertThat(http.post("education-clerk", "/api/special-periods", Seed004.json()).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(count()).isEqualTo(plans);
  }

  @Test
  void shouldShowAUnitOnlyItsOwnMeasuresAndTheOverseersEverything() throws Exception {
    long id = created();
    JsonNode mine = http.read(http.get("education-clerk", "/api/special-periods/" + id));
    assertThat(mine.get("title").asText()).isEqualTo(Seed004.TITLE);
    assertThat(mine.get("measures").findValuesAsText("text")).hasSize(2);
    assertThat(mine.get("dutyLog").isNull()).isTrue();
    assertThat(mine.get("situations").isNull()).isTrue();
    JsonNode all = http.read(http.get("chair", "/api/special-periods/" + id));
    assertThat(all.get("measures")).hasSize(17);
    assertThat(all.get("period").asText()).isEqualTo("自111年1月24日(星期一)至111年2月7日(星期一)，為期15日");
    assertThat(all.get("statusLabel").asText()).isEqualTo("待核定");
    assertThat(http.read(http.get("social-affairs-clerk", "/api/special-periods")).findValuesAsText("title")).contains(Seed004.TITLE);
    assertThat(http.get("chair", "/api/special-periods/99999").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(http.get("chair", "/api/special-periods/abc").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
  }

  @Test
  void shouldRefuseBadCopiesReportsSituationsAndDutyDays() throws Exception {
    long id = created();
    assertThat(http.errors(http.post("ethics-clerk", "/api/special-periods/" + id + "/copy", "{}"))).containsKey("startDate");
    assertThat(http.errors(http.post("ethics-clerk", "/api/special-periods/" + id + "/copy", "{\"startDate\": \"明年\"}")))
        .containsKey("startDate");
    assertThat(http.errors(http.post("ethics-clerk", "/api/special-periods/" + id + "/copy",
        "{\"startDate\": \"2023-01-18\", \"endDate\": \"2023-01-01\"}"))).containsKey("endDate");
    assertThat(http.post("ethics-clerk", "/api/special-periods/99999/copy", "{\"startDate\": \"2023-01-18\"}").getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(http.post("planning-clerk", "/api/special-periods/" + id + "/copy", "{\"startDate\": \"2023-01-18\"}").getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(http.errors(http.get("chair", "/api/special-periods/" + id + "/report?format=pdf"))).containsKey("format");
    assertThat(http.get("education-clerk", "/api/special-periods/" + id + "/report?format=odt").getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);

    // Not approved yet: no situation can be reported on it.
    String situation = """
        {"kind": "SECURITY", "ownAgency": true, "description": "可疑人士", "place": "大廳", "occurredAt": "%s",
         "unit": "administration", "reporter": "值日人員"}""";
    assertThat(http.errors(http.post("administration-clerk", "/api/special-periods/" + id + "/situations",
        situation.formatted("2022-01-25T10:00")))).containsKey("planId");
    approve(id);
    SpecialPeriodProcessTest.clock(LocalDateTime.of(2022, 1, 26, 9, 0));
    Map<String, String> errors = http.errors(http.post("administration-clerk", "/api/special-periods/" + id + "/situations", """
        {"kind": "FLOOD", "ownAgency": "也許", "description": "", "place": "大廳", "occurredAt": "2022-01-20T10:00",
         "unit": "police", "reporter": "值日人員"}"""));
    assertThat(errors).containsKeys("kind", "ownAgency", "description", "occurredAt", "unit");
    assertThat(errors.get("occurredAt")).contains("不在計畫的工作期程內");
    assertThat(http.errors(http.post("administration-clerk", "/api/special-periods/" + id + "/situations",
        situation.formatted("2022-01-27T10:00")))).containsEntry("occurredAt", "「發生時間」不可晚於現在。");
    assertThat(http.errors(http.post("administration-clerk", "/api/special-periods/" + id + "/situations", """
        {"kind": "SECURITY", "ownAgency": false, "description": "鄰近機關傳出爆裂物恐嚇", "place": "鄰近機關",
         "occurredAt": "2022-01-25T10:00", "unit": "administration", "reporter": "值日人員"}"""))).containsKey("notifiedAuthority");
    assertThat(jdbc.queryForObject("select count(*) from app_sp_situation", Integer.class)).isZero();
    ResponseEntity<String> ok = http.post("education-clerk", "/api/special-periods/" + id + "/situations",
        situation.formatted("2022-01-25T10:00"));
    assertThat(ok.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(http.read(ok).get("timeline").findValuesAsText("what")).containsExactly("狀況通報", "已報告首長並通報政風處");

    // Duty log: a day outside the period, a day not begun, someone not on duty.
    String day = "{\"date\": \"%s\", \"checkedAreas\": \"各樓層\", \"onDuty\": \"王小明\"}";
    assertThat(http.errors(http.post("administration-clerk", "/api/special-periods/" + id + "/duty-log", day.formatted("2022-02-08"))))
        .containsKey("date");
    assertThat(http.post("administration-clerk", "/api/special-periods/" + id + "/duty-log", day.formatted("2022-02-01"))
        .getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(http.post("education-clerk", "/api/special-periods/" + id + "/duty-log", day.formatted("2022-01-24"))
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void shouldKeepAClerkToTheirOwnUnitsTaskAndMeasures() throws Exception {
    long id = created();
    long other = created();
    approve(id);
    approve(other);
    Task construction = unitTask(id, "carry-out-measures", "construction");
    Task administration = unitTask(id, "carry-out-measures", "administration");
    // Another unit's task: not visible, not completable.
    assertThat(http.complete("administration-clerk", construction.getId(), Map.of("preparation", "代填")).getStatusCode().is2xxSuccessful())
        .isFalse();
    assertThat(taskService.createTaskQuery().taskId(construction.getId()).count()).isOne();
    // Its own task, claiming to be for another unit and plan: the boundary refuses names the form does not define ...
    ResponseEntity<String> forged = http.complete("administration-clerk", administration.getId(),
        Map.of("preparation", "已轉知同仁", "unit", "construction", "planId", String.valueOf(other)));
    assertThat(forged.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(taskService.createTaskQuery().taskId(administration.getId()).count()).isOne();
    // ... and the table decides which unit and plan the answer belongs to.
    ResponseEntity<String> done = http.complete("administration-clerk", administration.getId(),
        Map.of("preparation", "已轉知同仁"));
    assertThat(done.getStatusCode().is2xxSuccessful()).as(done.getBody()).isTrue();
    assertThat(jdbc.queryForObject("select unit_id from app_sp_unit_task where task_id = ?", String.class, administration.getId()))
        .isEqualTo("administration");
    assertThat(jdbc.queryForObject("select plan_id from app_sp_unit_task where task_id = ?", Long.class, administration.getId()))
        .isEqualTo(id);

    // 填報執行情形 with another plan's measure id: refused, nothing saved.
    SpecialPeriodProcessTest.clock(LocalDateTime.of(2022, 2, 8, 0, 0));
    executePeriodEnd(id);
    Task report = unitTask(id, "report-results", "administration");
    long foreign = jdbc.queryForObject("select min(id) from app_sp_measure where plan_id = ?", Long.class, other);
    ResponseEntity<String> refused = http.complete("administration-clerk", report.getId(),
        Map.of("results", List.of(Map.of("measureId", String.valueOf(foreign), "result", "已辦理"))));
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(http.read(refused).get("message").asText()).contains("不是行政處在本計畫的業管措施");
    assertThat(jdbc.queryForObject("select count(*) from app_sp_result", Integer.class)).isZero();
    // An empty answer names the missing measures.
    ResponseEntity<String> empty = http.complete("administration-clerk", report.getId(), Map.of("results", List.of()));
    assertThat(http.read(empty).get("message").asText()).contains("請填寫第 3 項措施的執行情形");
  }

  // ---- helpers ----

  @Autowired org.camunda.bpm.engine.ManagementService managementService;
  @Autowired org.camunda.bpm.engine.RuntimeService runtimeService;

  private long created() throws Exception {
    ResponseEntity<String> response = http.post("ethics-clerk", "/api/special-periods", Seed004.json());
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    return http.read(response).get("id").asLong();
  }

  private void approve(long id) {
    Task task = taskService.createTaskQuery().processInstanceId(processOf(id)).taskDefinitionKey("approve-plan").singleResult();
    taskService.complete(task.getId(), Map.of("decision", "approve"));
  }

  private void executePeriodEnd(long id) {
    var job = managementService.createJobQuery().processInstanceId(processOf(id)).activityId("period-ended").singleResult();
    managementService.executeJob(job.getId());
  }

  private Task unitTask(long id, String key, String unit) {
    return taskService.createTaskQuery().processInstanceId(processOf(id)).taskDefinitionKey(key).taskCandidateGroup(unit).singleResult();
  }

  private String processOf(long id) {
    return jdbc.queryForObject("select process_instance_id from app_sp_plan where id = ?", String.class, id);
  }

  private int count() {
    return jdbc.queryForObject("select count(*) from app_sp_plan", Integer.class);
  }
}
