package tw.gov.securitymeeting.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import tw.gov.securitymeeting.ApplicationTest;
import tw.gov.securitymeeting.TasklistColumns;

/** The tasks as Tasklist works them (Camunda REST, signed in): who sees which, refusals as 400, the 「資安事件待辦」 filter. */
@ApplicationTest
class EvidenceTasksOverRestTest {

  @Autowired TestRestTemplate http;
  @Autowired FilterService filterService;
  @Autowired TaskService taskService;
  final ObjectMapper json = new ObjectMapper();

  @BeforeEach
  void setUp() {
    EvidenceFixtures.setClock(EvidenceFixtures.NOW);
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void shouldLetThePeopleNamedDoTheirStepsAndRefuseBadAnswersInChinese() throws Exception {
    ResponseEntity<String> reported = post("education-clerk", "/engine-rest/process-definition/key/digital-evidence-preservation/submit-form", """
        {"variables": {"description": {"value": "網站首頁遭置換"}, "occurredAt": {"value": "2026-12-01T09:00"},
          "awareAt": {"value": "2026-12-01T09:30"}, "systems": {"value": "網站"}, "reporter": {"value": "教育處承辦人"},
          "unit": {"value": "education"}, "level": {"value": "2"}}}""");
    assertThat(reported.getStatusCode()).isEqualTo(HttpStatus.OK);
    String pi = json.readTree(reported.getBody()).get("id").asText();

    String notify = onlyTask("planning-clerk", pi, "notify-incident");
    ResponseEntity<String> refused = post("planning-clerk", "/engine-rest/task/" + notify + "/complete",
        "{\"variables\": {\"notifyChannel\": {\"value\": \"電話\"}}}");
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(json.readTree(refused.getBody()).get("message").asText()).contains("請填寫「通報編號」");
    assertThat(complete("planning-clerk", notify, """
        {"notifyChannel": {"value": "通報應變網站"}, "notifyReference": {"value": "A-1"}, "notifiedAt": {"value": "2026-12-01T10:00"}}"""))
        .isEqualTo(HttpStatus.NO_CONTENT);

    String form = onlyTask("planning-clerk", pi, "form-task-force");
    ResponseEntity<String> unknown = post("planning-clerk", "/engine-rest/task/" + form + "/complete",
        "{\"variables\": {\"members\": {\"value\": \"education-clerk,ghost\"}}}");
    assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(json.readTree(unknown.getBody()).get("message").asText()).contains("沒有帳號為「ghost」的使用者");
    // The form offers the people of 綜合規劃處, 政風處 and the incident's unit as a checklist.
    JsonNode optionsVariable = json.readTree(
        get("planning-clerk", "/engine-rest/task/" + form + "/form-variables?variableNames=memberOptions&deserializeValues=false").getBody()).get("memberOptions");
    assertThat(optionsVariable.get("type").asText()).isEqualTo("Json");
    JsonNode options = json.readTree(optionsVariable.get("value").asText());
    assertThat(options.findValuesAsText("value")).contains("planning-clerk", "ethics-head", "education-clerk")
        .doesNotContain("construction-clerk", "chair");
    assertThat(options.findValuesAsText("label")).contains("教育處承辦人（教育處）");
    // Tasklist sends the ticked boxes as a JSON array.
    assertThat(complete("planning-clerk", form, "{\"members\": {\"value\": \"[\\\"education-clerk\\\", \\\"ethics-clerk\\\"]\", \"type\": \"Json\"}}"))
        .isEqualTo(HttpStatus.NO_CONTENT);

    String filter = filterService.createFilterQuery().filterName("資安事件待辦").singleResult().getId();
    JsonNode mine = json.readTree(get("education-clerk", "/engine-rest/filter/" + filter + "/list").getBody());
    assertThat(mine.findValuesAsText("taskDefinitionKey")).contains("preserve-scene", "acquire-evidence", "contain-and-recover");
    JsonNode others = json.readTree(get("construction-clerk", "/engine-rest/filter/" + filter + "/list").getBody());
    assertThat(others.findValuesAsText("processInstanceId")).doesNotContain(pi);
    String preserveId = onlyTask("education-clerk", pi, "preserve-scene");
    assertThat(TasklistColumns.of(http, "education-clerk", "資安事件待辦").get(preserveId))
        .hasEntrySatisfying("subject", s -> assertThat(s).startsWith("資安事件 "))
        .containsEntry("unitName", (String) taskService.getVariable(preserveId, "unitName"));

    String preserve = onlyTask("education-clerk", pi, "preserve-scene");
    assertThat(complete("education-clerk", preserve, "{\"sceneRecord\": {\"value\": \"已隔離主機\"}}")).isEqualTo(HttpStatus.NO_CONTENT);
    long id = json.readTree(get("ethics-clerk", "/engine-rest/process-instance/" + pi + "/variables/incidentId").getBody()).get("value").asLong();
    JsonNode timeline = json.readTree(get("education-clerk", "/api/incidents/" + id).getBody()).get("timeline");
    JsonNode step = null;
    for (JsonNode s : timeline) {
      if ("preserve-scene".equals(s.get("step").asText())) {
        step = s;
      }
    }
    assertThat(step.get("completedBy").asText()).isEqualTo("education-clerk");
  }

  @Test
  void shouldRefuseABadStartFormFromTasklistInChinese() throws Exception {
    ResponseEntity<String> response = post("education-clerk",
        "/engine-rest/process-definition/key/digital-evidence-preservation/submit-form", """
        {"variables": {"description": {"value": "網站遭置換"}, "occurredAt": {"value": "2026-12-01T09:00"},
          "awareAt": {"value": "2026-12-01T12:00"}, "systems": {"value": "網站"}, "reporter": {"value": "承辦人"},
          "unit": {"value": "education"}, "level": {"value": "5"}}}""");

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    String message = json.readTree(response.getBody()).get("message").asText();
    assertThat(message).contains("「知悉時間」不可晚於現在", "只有 1 到 4 級");
  }

  private String onlyTask(String user, String pi, String key) throws Exception {
    JsonNode tasks = json.readTree(get(user, "/engine-rest/task?processInstanceId=" + pi + "&taskDefinitionKey=" + key).getBody());
    assertThat(tasks).hasSize(1);
    return tasks.get(0).get("id").asText();
  }

  private HttpStatus complete(String user, String task, String variables) {
    return HttpStatus.valueOf(post(user, "/engine-rest/task/" + task + "/complete", "{\"variables\": " + variables + "}").getStatusCode().value());
  }

  private ResponseEntity<String> post(String user, String path, String body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return http.withBasicAuth(user, "demo").exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), String.class);
  }

  private ResponseEntity<String> get(String user, String path) {
    return http.withBasicAuth(user, "demo").getForEntity(path, String.class);
  }
}
