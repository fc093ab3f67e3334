package tw.gov.securitymeeting.followup;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
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

/** Over /engine-rest a clerk sees and completes only their own unit's tasks; the chair sees all. */
@ApplicationTest
class TaskAccessOverRestTest {

  @Autowired TestRestTemplate http;
  @Autowired MeetingRegistration registration;
  @Autowired TaskService taskService;
  final ObjectMapper json = new ObjectMapper();
  String businessKey;
  String ethicsTask;

  @BeforeEach
  void registerAnItemForEthics() {
    var meeting = registration.register(FollowUpFixtures.meeting(FollowUpFixtures.item("一", "ethics")), "ethics-clerk");
    businessKey = meeting.items().get(0).businessKey();
    ethicsTask = taskService.createTaskQuery().processInstanceBusinessKey(businessKey).singleResult().getId();
  }

  @Test
  void shouldHideAnotherUnitsTask() throws Exception {
    assertThat(tasks("administration-clerk")).isEmpty();
    assertThat(http.withBasicAuth("administration-clerk", "demo").getForEntity("/engine-rest/task/" + ethicsTask, String.class)
        .getStatusCode().value()).isIn(403, 404);
  }

  @Test
  void shouldRefuseToLetAnotherUnitCompleteTheTask() {
    ResponseEntity<String> response = complete("administration-clerk", """
        {"variables": {"status": {"value": "DONE"}, "progress": {"value": "不是我的"}, "suggestion": {"value": "close"}}}""");
    assertThat(response.getStatusCode().value()).isIn(403, 404);
    assertThat(taskService.createTaskQuery().taskId(ethicsTask).count()).isOne();
  }

  @Test
  void shouldLetTheUnitsClerkSeeAndCompleteIt() throws Exception {
    assertThat(tasks("ethics-clerk").findValuesAsText("id")).contains(ethicsTask);
    assertThat(tasks("chair").findValuesAsText("id")).contains(ethicsTask);

    ResponseEntity<String> response = complete("ethics-clerk", """
        {"variables": {"status": {"value": "DONE"}, "progress": {"value": "已完成"}, "suggestion": {"value": "close"}}}""");

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(taskService.createTaskQuery().processInstanceBusinessKey(businessKey).singleResult().getTaskDefinitionKey())
        .isEqualTo("secretariat-review");
  }

  @Test
  void shouldAnswerARefusedAnswerWith400AndTheChineseReason() throws Exception {
    ResponseEntity<String> response = complete("ethics-clerk", """
        {"variables": {"status": {"value": "DONE"}, "progress": {"value": ""}, "suggestion": {"value": "close"}}}""");

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    JsonNode body = json.readTree(response.getBody());
    assertThat(body.get("message").asText()).isEqualTo("請填寫「辦理情形」。");
    assertThat(body.get("field").asText()).isEqualTo("progress");
    assertThat(taskService.createTaskQuery().taskId(ethicsTask).count()).isOne();
  }

  @Test
  void shouldShowTheItemsSubjectMeetingAndUnitInTheUnitsTasklistFilter() throws Exception {
    var meeting = registration.register(FollowUpFixtures.meeting(FollowUpFixtures.item("二", "planning")), "ethics-clerk");
    String planningTask = taskService.createTaskQuery().processInstanceBusinessKey(meeting.items().get(0).businessKey())
        .singleResult().getId();

    Map<String, String> columns = TasklistColumns.of(http, "planning-clerk", "本單位待辦").get(planningTask);

    assertThat(columns)
        .containsEntry("subject", (String) taskService.getVariable(planningTask, "subject"))
        .containsEntry("caseSource", (String) taskService.getVariable(planningTask, "meetingTitle"))
        .containsEntry("unitName", "綜合規劃處");
  }

  private JsonNode tasks(String user) throws Exception {
    return json.readTree(http.withBasicAuth(user, "demo")
        .getForEntity("/engine-rest/task?processInstanceBusinessKey=" + businessKey, String.class).getBody());
  }

  private ResponseEntity<String> complete(String user, String body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return http.withBasicAuth(user, "demo")
        .exchange("/engine-rest/task/" + ethicsTask + "/complete", HttpMethod.POST, new HttpEntity<>(body, headers), String.class);
  }
}
