package tw.gov.securitymeeting.followup;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import tw.gov.securitymeeting.ApplicationTest;
import tw.gov.securitymeeting.system.RocDates;

/**
 * The meeting's own fields, item kinds and 協辦單位, corrections of a registered meeting (added
 * items, a unit change that moves the open tasks, a due date change), where an item waits, and the
 * paged meeting list: over HTTP as the named users.
 */
@ApplicationTest
class MeetingCorrectionsApiTest {

  @Autowired TestRestTemplate http;
  @Autowired TaskService taskService;
  @Autowired RuntimeService runtimeService;
  @Autowired FollowUpRepository repository;
  @Autowired JdbcTemplate jdbc;
  final ObjectMapper json = new ObjectMapper();

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void shouldKeepTheMeetingsFieldsKindsAndCoUnits() throws Exception {
    long id = register("""
        {"title": "%s", "series": "嘉義縣政府安全維護會報", "session": "105年第2次", "heldOn": "2016-10-19", "time": "14:30",
         "place": "本府第一會議室", "chair": "吳副縣長", "recorder": "政風處 王小明", "documentNumber": "府政預字第1050000001號",
         "nextMeetingOn": "2017-01-18",
         "items": [
           {"number": "提案一", "kind": "PROPOSAL", "proposingUnit": "ethics", "subject": "複核程序", "decision": "照案通過",
            "leadUnits": ["planning"], "coUnits": ["education", "construction"]},
           {"number": "臨時動議一", "kind": "AD_HOC_MOTION", "subject": "門禁", "leadUnits": ["administration"]},
           {"number": "裁示一", "kind": "INSTRUCTION", "reportItem": "報告事項一：社交工程演練", "subject": "加強演練", "leadUnits": ["planning"]}
         ]}""".formatted("測試會報 " + UUID.randomUUID()));

    JsonNode meeting = get("/api/meetings/" + id);
    assertThat(meeting.get("session").asText()).isEqualTo("105年第2次");
    assertThat(meeting.get("time").asText()).startsWith("14:30");
    assertThat(meeting.get("place").asText()).isEqualTo("本府第一會議室");
    assertThat(meeting.get("chair").asText()).isEqualTo("吳副縣長");
    assertThat(meeting.get("recorder").asText()).isEqualTo("政風處 王小明");
    assertThat(meeting.get("documentNumber").asText()).isEqualTo("府政預字第1050000001號");
    JsonNode proposal = meeting.get("items").get(0);
    assertThat(proposal.get("proposingUnit").get("name").asText()).isEqualTo("政風處");
    assertThat(proposal.get("coUnits").findValuesAsText("id")).containsExactly("education", "construction");
    assertThat(meeting.get("items").get(1).get("kindLabel").asText()).isEqualTo("臨時動議");
    assertThat(meeting.get("items").get(2).get("reportItem").asText()).isEqualTo("報告事項一：社交工程演練");
    // 協辦單位 report too: one task each besides the lead unit's.
    String instance = proposal.get("processInstanceId").asText();
    assertThat(reportTasks(instance)).extracting(this::unitOf).containsExactlyInAnyOrder("planning", "education", "construction");
    assertThat(reportTasks(instance)).extracting(t -> taskService.getVariableLocal(t.getId(), "unitName"))
        .containsExactlyInAnyOrder("綜合規劃處", "教育處（協辦）", "建設處（協辦）");
    assertThat(proposal.get("waitingFor").get("on").asText()).isEqualTo("單位");
    assertThat(proposal.get("waitingFor").get("units").findValuesAsText("id")).containsExactlyInAnyOrder("planning", "education", "construction");

    String html = http.withBasicAuth("ethics-clerk", "demo").getForObject("/api/meetings/" + id + "/agenda-report", String.class);
    assertThat(html).contains("<title>" + meeting.get("title").asText() + "（105年第2次） 上次會議主席裁(指)示事項辦理情形報告</title>");
  }

  @Test
  void shouldKeepOldRequestsWorkingAndNameBadNewFieldsInChinese() throws Exception {
    long id = register("""
        {"title": "%s", "heldOn": "2016-10-19", "items": [{"number": "一", "kind": "RESOLUTION", "subject": "舊格式", "leadUnits": ["ethics"]}]}"""
        .formatted("測試會報 " + UUID.randomUUID()));
    assertThat(get("/api/meetings/" + id).get("session").isNull()).isTrue();

    ResponseEntity<String> bad = send(HttpMethod.POST, "ethics-clerk", "/api/meetings", """
        {"title": "壞資料", "heldOn": "2016-10-19", "time": "下午兩點", "session": "%s",
         "items": [{"number": "一", "kind": "RESOLUTION", "proposingUnit": "ethics", "subject": "x", "leadUnits": ["ethics"], "coUnits": ["ethics", "nobody"]}]}"""
        .formatted("次".repeat(51)));
    assertThat(bad.getStatusCode().value()).isEqualTo(400);
    JsonNode errors = json.readTree(bad.getBody()).get("errors");
    assertThat(errors.findValuesAsText("field")).contains("time", "session", "items[0].proposingUnit", "items[0].coUnits");
    assertThat(errors.findValuesAsText("message")).contains("「開會時間」的格式不正確，請寫成「14:30」。", "只有提案或臨時動議可以填寫「提案單位」。",
        "「政風處」已是主辦單位，不可同時列為協辦單位。");
  }

  @Test
  void shouldMoveTheOpenReportTasksWhenTheSecretariatCorrectsTheUnits() throws Exception {
    ClockUtil.setCurrentTime(Date.from(LocalDate.of(2016, 10, 20).atStartOfDay(ZoneId.of("Asia/Taipei")).toInstant()));
    long id = register(meeting("""
        {"number": "一", "kind": "RESOLUTION", "subject": "路燈螺栓", "leadUnits": ["construction", "education"], "coUnits": ["planning"]}"""));
    String instance = get("/api/meetings/" + id).get("items").get(0).get("processInstanceId").asText();
    Task education = reportTasks(instance).stream().filter(t -> unitOf(t).equals("education")).findFirst().orElseThrow();
    taskService.complete(education.getId(), Map.of("status", "DONE", "progress", "已轉知各學校", "suggestion", "close"));

    ResponseEntity<String> corrected = send(HttpMethod.PATCH, "ethics-clerk", "/api/meetings/" + id + "/items/一", """
        {"leadUnits": ["education", "social-affairs"], "coUnits": [], "subject": "路燈或號誌螺栓過長", "dueDate": "2016-12-30"}""");

    assertThat(corrected.getStatusCode().value()).as(corrected.getBody()).isEqualTo(200);
    // construction and planning lose their open tasks; social-affairs gets one; education has reported.
    List<Task> open = reportTasks(instance);
    assertThat(open).extracting(this::unitOf).containsExactly("social-affairs");
    assertThat(open.get(0).getDueDate()).isEqualTo(RocDates.endOfDay(LocalDate.of(2016, 12, 30)));
    assertThat(taskService.getVariableLocal(open.get(0).getId(), "subject")).isEqualTo("路燈或號誌螺栓過長");
    assertThat(open.get(0).getDescription()).isEqualTo("路燈或號誌螺栓過長");
    assertThat(taskService.createTaskQuery().processInstanceId(instance).taskCandidateGroup("construction").count()).isZero();
    assertThat(jdbc.queryForList("select unit_id from app_report_task t join app_follow_up_round r on r.id = t.round_id "
        + "join app_follow_up_item i on i.id = r.item_id where i.process_instance_id = ? order by unit_id", String.class, instance))
        .containsExactly("education", "social-affairs");
    JsonNode item = json.readTree(corrected.getBody()).get("items").get(0);
    assertThat(item.get("subject").asText()).isEqualTo("路燈或號誌螺栓過長");
    assertThat(item.get("dueDate").asText()).isEqualTo("2016-12-30");
    assertThat(item.get("waitingFor").get("units").findValuesAsText("id")).containsExactly("social-affairs");
    assertThat(item.get("corrections").findValuesAsText("field")).containsExactly("subject", "dueDate", "leadUnits", "coUnits");
    JsonNode units = item.get("corrections").get(2);
    assertThat(units.get("before").asText()).isEqualTo("建設處、教育處");
    assertThat(units.get("after").asText()).isEqualTo("教育處、社會局");
    assertThat(units.get("correctedBy").asText()).isEqualTo("ethics-clerk");

    // The new unit's report ends the round as any other: the secretariat then consolidates.
    taskService.complete(open.get(0).getId(), Map.of("status", "DONE", "progress", "已辦理", "suggestion", "close"));
    assertThat(taskService.createTaskQuery().processInstanceId(instance).taskDefinitionKey("secretariat-review").count()).isOne();
    JsonNode waiting = get("/api/meetings/" + id).get("items").get(0);
    assertThat(waiting.get("waitingFor").get("on").asText()).isEqualTo("幕僚單位");
    assertThat(repository.reportsOfItem(waiting.get("id").asLong())).extracting(FollowUpRepository.ReportRow::unitId)
        .containsExactly("education", "social-affairs");
  }

  @Test
  void shouldGoOnToTheSecretariatWhenTheOnlyUnitLeftToReportIsRemoved() throws Exception {
    long id = register(meeting("""
        {"number": "一", "kind": "RESOLUTION", "subject": "門禁", "leadUnits": ["construction", "education"]}"""));
    String instance = get("/api/meetings/" + id).get("items").get(0).get("processInstanceId").asText();
    Task education = reportTasks(instance).stream().filter(t -> unitOf(t).equals("education")).findFirst().orElseThrow();
    taskService.complete(education.getId(), Map.of("status", "DONE", "progress", "已辦理", "suggestion", "close"));

    assertThat(send(HttpMethod.PATCH, "ethics-clerk", "/api/meetings/" + id + "/items/一", "{\"leadUnits\": [\"education\"]}")
        .getStatusCode().value()).isEqualTo(200);

    assertThat(reportTasks(instance)).isEmpty();
    assertThat(taskService.createTaskQuery().processInstanceId(instance).taskDefinitionKey("secretariat-review").count()).isOne();
  }

  @Test
  void shouldAddAnItemToARegisteredMeetingAndStartItsFollowUp() throws Exception {
    long id = register(meeting("""
        {"number": "一", "kind": "RESOLUTION", "subject": "門禁", "leadUnits": ["construction"]}"""));

    ResponseEntity<String> added = send(HttpMethod.POST, "ethics-clerk", "/api/meetings/" + id + "/items", """
        {"number": "臨時動議一", "kind": "AD_HOC_MOTION", "proposingUnit": "planning", "subject": "漏列的臨時動議", "leadUnits": ["planning"]}""");

    assertThat(added.getStatusCode().value()).as(added.getBody()).isEqualTo(201);
    String instance = json.readTree(added.getBody()).get("processInstanceId").asText();
    assertThat(reportTasks(instance)).extracting(this::unitOf).containsExactly("planning");
    JsonNode meeting = get("/api/meetings/" + id);
    assertThat(meeting.get("items")).extracting(i -> i.get("number").asText()).containsExactly("一", "臨時動議一");
    assertThat(meeting.get("items").get(1).get("corrections").get(0).get("fieldLabel").asText()).isEqualTo("新增決議事項");

    // A subject corrected reaches the open task's description and Tasklist's 案由 column.
    assertThat(send(HttpMethod.PATCH, "ethics-clerk", "/api/meetings/" + id + "/items/一", "{\"subject\": \"門禁管制\"}").getStatusCode().value())
        .isEqualTo(200);
    Task first = reportTasks(meeting.get("items").get(0).get("processInstanceId").asText()).get(0);
    assertThat(first.getDescription()).isEqualTo("門禁管制");
    assertThat(taskService.getVariableLocal(first.getId(), "subject")).isEqualTo("門禁管制");

    ResponseEntity<String> again = send(HttpMethod.POST, "ethics-clerk", "/api/meetings/" + id + "/items", """
        {"number": "一", "kind": "RESOLUTION", "subject": "重複", "leadUnits": ["planning"]}""");
    assertThat(again.getStatusCode().value()).isEqualTo(400);
    assertThat(again.getBody()).contains("編號「一」重複");
  }

  @Test
  void shouldRefuseCorrectionsOfClosedItemsBadInputAndOtherUsersWithoutChangingAnything() throws Exception {
    long id = register(meeting("""
        {"number": "一", "kind": "RESOLUTION", "subject": "門禁", "leadUnits": ["construction"]},
        {"number": "二", "kind": "RESOLUTION", "subject": "宣導", "leadUnits": ["education"]}"""));
    JsonNode items = get("/api/meetings/" + id).get("items");
    close(items.get(0).get("processInstanceId").asText());
    String open = items.get(1).get("processInstanceId").asText();

    assertThat(send(HttpMethod.PATCH, "ethics-clerk", "/api/meetings/" + id + "/items/一", "{\"subject\": \"新案由\"}").getStatusCode().value())
        .isEqualTo(409);
    ResponseEntity<String> bad = send(HttpMethod.PATCH, "ethics-clerk", "/api/meetings/" + id + "/items/二",
        "{\"leadUnits\": [\"nobody\"], \"dueDate\": \"明天\", \"owner\": \"x\"}");
    ResponseEntity<String> allAsCoUnit = send(HttpMethod.PATCH, "ethics-clerk", "/api/meetings/" + id + "/items/二",
        "{\"coUnits\": [\"all\"], \"dueDate\": \"2016-01-01\"}");
    assertThat(allAsCoUnit.getStatusCode().value()).isEqualTo(400);
    assertThat(json.readTree(allAsCoUnit.getBody()).get("errors").findValuesAsText("message"))
        .contains("辦理期限不可早於開會日期。").anyMatch(m -> m.startsWith("沒有代號為「all」的協辦單位"));
    assertThat(bad.getStatusCode().value()).isEqualTo(400);
    assertThat(json.readTree(bad.getBody()).get("errors").findValuesAsText("field")).contains("leadUnits", "dueDate", "owner");
    assertThat(send(HttpMethod.PATCH, "ethics-clerk", "/api/meetings/" + id + "/items/二", "{}").getStatusCode().value()).isEqualTo(400);
    assertThat(send(HttpMethod.PATCH, "ethics-clerk", "/api/meetings/" + id + "/items/九", "{\"subject\": \"x\"}").getStatusCode().value())
        .isEqualTo(404);
    for (String user : List.of("chair", "education-clerk", "construction-head")) {
      assertThat(send(HttpMethod.PATCH, user, "/api/meetings/" + id + "/items/二", "{\"leadUnits\": [\"planning\"]}").getStatusCode().value())
          .as(user).isEqualTo(403);
      assertThat(send(HttpMethod.POST, user, "/api/meetings/" + id + "/items",
          "{\"number\": \"三\", \"kind\": \"RESOLUTION\", \"subject\": \"x\", \"leadUnits\": [\"planning\"]}").getStatusCode().value())
          .as(user).isEqualTo(403);
      assertThat(send(HttpMethod.PATCH, user, "/api/meetings/" + id, "{\"place\": \"別處\"}").getStatusCode().value()).as(user).isEqualTo(403);
    }

    assertThat(reportTasks(open)).extracting(this::unitOf).containsExactly("education");
    JsonNode after = get("/api/meetings/" + id);
    assertThat(after.get("items")).hasSize(2);
    assertThat(after.get("items").get(1).get("corrections")).isEmpty();
    assertThat(after.get("place").isNull()).isTrue();
  }

  @Test
  void shouldCorrectTheMeetingsOwnFieldsAndKeepEachCorrection() throws Exception {
    String title = "測試會報 " + UUID.randomUUID();
    long id = register("""
        {"title": "%s", "heldOn": "2016-10-19", "items": [{"number": "一", "kind": "RESOLUTION", "subject": "x", "leadUnits": ["ethics"]}]}"""
        .formatted(title));

    ResponseEntity<String> corrected = send(HttpMethod.PATCH, "ethics-clerk", "/api/meetings/" + id, """
        {"session": "105年第2次", "place": "本府第一會議室", "time": "9:30", "heldOn": "2016-10-20"}""");

    assertThat(corrected.getStatusCode().value()).as(corrected.getBody()).isEqualTo(200);
    JsonNode meeting = json.readTree(corrected.getBody());
    assertThat(meeting.get("heldOn").asText()).isEqualTo("2016-10-20");
    assertThat(meeting.get("time").asText()).startsWith("09:30");
    assertThat(meeting.get("corrections").findValuesAsText("field")).containsExactly("heldOn", "session", "time", "place");
    assertThat(meeting.get("corrections").get(0).get("before").asText()).isEqualTo("2016-10-19");
    ResponseEntity<String> bad = send(HttpMethod.PATCH, "ethics-clerk", "/api/meetings/" + id, "{\"title\": \"\", \"nextMeetingOn\": \"2016-01-01\"}");
    assertThat(bad.getStatusCode().value()).isEqualTo(400);
    assertThat(json.readTree(bad.getBody()).get("errors").findValuesAsText("field")).contains("title", "nextMeetingOn");

    // Another meeting's title and date: 409, and this one keeps its own.
    String other = "測試會報 " + UUID.randomUUID();
    register("""
        {"title": "%s", "heldOn": "2016-10-20", "items": [{"number": "一", "kind": "RESOLUTION", "subject": "x", "leadUnits": ["ethics"]}]}"""
        .formatted(other));
    assertThat(send(HttpMethod.PATCH, "ethics-clerk", "/api/meetings/" + id, "{\"title\": \"" + other + "\"}").getStatusCode().value())
        .isEqualTo(409);
    assertThat(send(HttpMethod.PATCH, "ethics-clerk", "/api/meetings/" + id, "{\"place\": \"第一\\u0007會議室\"}").getStatusCode().value())
        .isEqualTo(400);
    JsonNode unchanged = get("/api/meetings/" + id);
    assertThat(unchanged.get("title").asText()).isEqualTo(title);
    assertThat(unchanged.get("place").asText()).isEqualTo("本府第一會議室");
    assertThat(unchanged.get("corrections")).hasSize(4);
  }

  @Test
  void shouldNotCountAnItemThatOnlyWaitsForTheSecretariatOrTheChairAsOverdue() throws Exception {
    ClockUtil.setCurrentTime(Date.from(LocalDate.of(2017, 3, 1).atStartOfDay(ZoneId.of("Asia/Taipei")).toInstant()));
    long id = register(meeting("""
        {"number": "一", "kind": "RESOLUTION", "subject": "等單位", "leadUnits": ["construction"], "dueDate": "2016-12-30"},
        {"number": "二", "kind": "RESOLUTION", "subject": "等幕僚", "leadUnits": ["education"], "dueDate": "2016-12-30"}"""));
    String second = get("/api/meetings/" + id).get("items").get(1).get("processInstanceId").asText();
    taskService.complete(reportTasks(second).get(0).getId(), Map.of("status", "DONE", "progress", "已辦理", "suggestion", "close"));

    JsonNode items = get("/api/meetings/" + id).get("items");
    assertThat(items.get(0).get("overdue").asBoolean()).isTrue();
    assertThat(items.get(1).get("overdue").asBoolean()).isFalse();
    assertThat(items.get(1).get("waitingFor").get("on").asText()).isEqualTo("幕僚單位");
    JsonNode summary = listAll().stream().filter(m -> m.get("id").asLong() == id).findFirst().orElseThrow();
    assertThat(summary.get("overdueItems").asInt()).isEqualTo(1);
    assertThat(summary.get("openItems").asInt()).isEqualTo(2);
  }

  @Test
  void shouldPageTheMeetingListAndGiveTheTotal() throws Exception {
    register(meeting("{\"number\": \"一\", \"kind\": \"RESOLUTION\", \"subject\": \"x\", \"leadUnits\": [\"ethics\"]}"));
    register(meeting("{\"number\": \"一\", \"kind\": \"RESOLUTION\", \"subject\": \"x\", \"leadUnits\": [\"ethics\"]}"));

    ResponseEntity<String> first = send(HttpMethod.GET, "ethics-clerk", "/api/meetings?page=0&size=1", null);
    long total = Long.parseLong(first.getHeaders().getFirst("X-Total-Count"));
    assertThat(total).isGreaterThanOrEqualTo(2);
    assertThat(json.readTree(first.getBody()).isArray()).isTrue();
    assertThat(json.readTree(first.getBody())).hasSize(1);
    JsonNode second = json.readTree(send(HttpMethod.GET, "ethics-clerk", "/api/meetings?page=1&size=1", null).getBody());
    assertThat(second.get(0).get("id").asLong()).isNotEqualTo(json.readTree(first.getBody()).get(0).get("id").asLong());
    assertThat(json.readTree(send(HttpMethod.GET, "ethics-clerk", "/api/meetings?page=" + total + "&size=1", null).getBody())).isEmpty();
    assertThat(json.readTree(send(HttpMethod.GET, "ethics-clerk", "/api/meetings?size=200", null).getBody())).hasSize((int) Math.min(total, 200));
    for (String bad : List.of("size=201", "size=0", "page=-1", "page=一", "size=abc")) {
      ResponseEntity<String> refused = send(HttpMethod.GET, "ethics-clerk", "/api/meetings?" + bad, null);
      assertThat(refused.getStatusCode().value()).as(bad).isEqualTo(400);
      assertThat(refused.getBody()).as(bad).contains("之間的整數");
    }
  }

  // ---- helpers ----

  private String meeting(String items) {
    return """
        {"title": "%s", "heldOn": "2016-10-19", "nextMeetingOn": "2017-01-18", "items": [%s]}"""
        .formatted("測試會報 " + UUID.randomUUID(), items);
  }

  private long register(String body) throws Exception {
    ResponseEntity<String> response = send(HttpMethod.POST, "ethics-clerk", "/api/meetings", body);
    assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(201);
    return json.readTree(response.getBody()).get("id").asLong();
  }

  private void close(String instance) {
    for (Task report : reportTasks(instance)) {
      taskService.complete(report.getId(), Map.of("status", "DONE", "progress", "已辦理", "suggestion", "close"));
    }
    Task review = taskService.createTaskQuery().processInstanceId(instance).taskDefinitionKey("secretariat-review").singleResult();
    taskService.complete(review.getId(), Map.of("recommendation", "close", "consolidatedProgress", "已辦理"));
    Task ruling = taskService.createTaskQuery().processInstanceId(instance).taskDefinitionKey("chair-ruling").singleResult();
    taskService.complete(ruling.getId(), Map.of("ruling", "close"));
  }

  private List<Task> reportTasks(String instance) {
    return taskService.createTaskQuery().processInstanceId(instance).taskDefinitionKey("report-progress").list();
  }

  private String unitOf(Task task) {
    return (String) taskService.getVariable(task.getId(), "unit");
  }

  private JsonNode get(String path) throws Exception {
    ResponseEntity<String> response = send(HttpMethod.GET, "ethics-clerk", path, null);
    assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(200);
    return json.readTree(response.getBody());
  }

  private List<JsonNode> listAll() throws Exception {
    List<JsonNode> all = new java.util.ArrayList<>();
    json.readTree(send(HttpMethod.GET, "ethics-clerk", "/api/meetings?size=200", null).getBody()).forEach(all::add);
    return all;
  }

  private ResponseEntity<String> send(HttpMethod method, String user, String path, String body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return http.withBasicAuth(user, "demo").exchange(path, method, new HttpEntity<>(body, headers), String.class);
  }
}
