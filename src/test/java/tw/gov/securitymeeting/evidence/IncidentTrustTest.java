package tw.gov.securitymeeting.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import tw.gov.securitymeeting.ApplicationTest;

/**
 * A hostile clerk over Camunda REST: which incident a process handles, its unit, level and task force come from
 * app_incident, never from the variables the caller sends.
 */
@ApplicationTest
class IncidentTrustTest {

  @Autowired TestRestTemplate http;
  @Autowired JdbcTemplate jdbc;
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
  void shouldNotLetANotificationWriteIntoAnotherIncident() throws Exception {
    long theirs = report("education-clerk", "education", 2).path("id").asLong();
    JsonNode mine = report("construction-clerk", "construction", 2);
    String notify = task(mine.path("processInstanceId").asText(), "notify-incident");

    ResponseEntity<String> forged = post("construction-clerk", "/engine-rest/task/" + notify + "/complete", """
        {"variables": {"notifyChannel": {"value": "電話"}, "notifyReference": {"value": "FORGED-1"},
         "notifiedAt": {"value": "2026-12-01T10:00"}, "incidentId": {"value": %d, "type": "Long"}}}""".formatted(theirs));

    assertThat(forged.getStatusCode()).isIn(HttpStatus.NO_CONTENT, HttpStatus.BAD_REQUEST);
    assertThat(reference(theirs)).isNull();
    if (forged.getStatusCode() == HttpStatus.NO_CONTENT) {
      assertThat(reference(mine.path("id").asLong())).isEqualTo("FORGED-1");
    }
  }

  @Test
  void shouldNotLetAStartNameAnotherIncident() throws Exception {
    long theirs = report("education-clerk", "education", 2).path("id").asLong();
    long before = jdbc.queryForObject("select count(*) from app_incident", Long.class);

    ResponseEntity<String> byKey = post("construction-clerk", "/engine-rest/process-definition/key/digital-evidence-preservation/start",
        """
        {"businessKey": "incident-%d", "variables": {"description": {"value": "x"}, "occurredAt": {"value": "2026-12-01T09:00"},
         "awareAt": {"value": "2026-12-01T09:30"}, "systems": {"value": "x"}, "reporter": {"value": "x"},
         "unit": {"value": "construction"}, "level": {"value": 2}}}""".formatted(theirs));

    assertThat(byKey.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(json.readTree(byKey.getBody()).path("message").asText()).contains("不能指定案件編號");
    assertThat(jdbc.queryForObject("select count(*) from app_incident", Long.class)).isEqualTo(before);
  }

  @Test
  void shouldKeepTheUnitLevelAndTaskForceOfTheRecordWhateverAnAnswerSends() throws Exception {
    JsonNode incident = report("construction-clerk", "construction", 3);
    String pi = incident.path("processInstanceId").asText();
    String notify = task(pi, "notify-incident");
    ResponseEntity<String> notified = post("construction-clerk", "/engine-rest/task/" + notify + "/complete", """
        {"variables": {"notifyChannel": {"value": "電話"}, "notifyReference": {"value": "R-1"},
         "notifiedAt": {"value": "2026-12-01T10:00"}, "unit": {"value": "education"}, "level": {"value": 1}}}""");
    if (notified.getStatusCode() == HttpStatus.BAD_REQUEST) {
      // Refused for the extra variables: the notification goes through without them.
      notified = post("construction-clerk", "/engine-rest/task/" + notify + "/complete", """
          {"variables": {"notifyChannel": {"value": "電話"}, "notifyReference": {"value": "R-1"},
           "notifiedAt": {"value": "2026-12-01T10:00"}}}""");
    }
    assertThat(notified.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

    String form = task(pi, "form-task-force");
    // The members must come from the incident's unit (建設處), 綜合規劃處 or 政風處, whatever "unit" now holds.
    ResponseEntity<String> outsider = post("planning-clerk", "/engine-rest/task/" + form + "/complete",
        "{\"variables\": {\"members\": {\"value\": \"education-clerk\"}}}");
    assertThat(outsider.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    ResponseEntity<String> formed = post("planning-clerk", "/engine-rest/task/" + form + "/complete",
        "{\"variables\": {\"members\": {\"value\": \"construction-clerk,planning-clerk\"}}}");
    assertThat(formed.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

    // Level 3 calls the chair's meeting, whatever "level" was sent.
    assertThat(taskService.createTaskQuery().processInstanceId(pi).taskDefinitionKey("convene-response-meeting").count()).isOne();
    String preserve = task(pi, "preserve-scene");
    assertThat(taskService.getIdentityLinksForTask(preserve)).extracting(link -> link.getUserId())
        .containsExactlyInAnyOrder("construction-clerk", "planning-clerk");
  }

  // --- helpers

  JsonNode report(String user, String unit, int level) throws Exception {
    ResponseEntity<String> response = post(user, "/api/incidents", """
        {"description": "網站遭置換", "occurredAt": "2026-12-01T09:00", "awareAt": "2026-12-01T09:30", "systems": "網站",
         "reporter": "承辦人", "unit": "%s", "level": %d}""".formatted(unit, level));
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    return json.readTree(response.getBody());
  }

  String task(String pi, String key) {
    return taskService.createTaskQuery().processInstanceId(pi).taskDefinitionKey(key).singleResult().getId();
  }

  String reference(long id) {
    return jdbc.queryForObject("select notify_reference from app_incident where id = ?", String.class, id);
  }

  ResponseEntity<String> post(String user, String path, String body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return http.withBasicAuth(user, "demo").postForEntity(path, new HttpEntity<>(body, headers), String.class);
  }
}
