package tw.gov.securitymeeting.followup;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import tw.gov.securitymeeting.ApplicationTest;
import tw.gov.securitymeeting.EmbeddedPostgres;

/**
 * Control characters and implausible dates on a real PostgreSQL 17 (where a NUL in a text column
 * fails the transaction): refused with 400 in Chinese, nothing stored, one WARN line per refusal.
 * The engine's own exception logging is on, as in production.
 */
@ApplicationTest
@ExtendWith(OutputCaptureExtension.class)
@TestPropertySource(properties = "logging.level.org.camunda.bpm.engine.context=info")
class BadInputPostgresIT {

  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry registry) {
    EmbeddedPostgres.newDatabase(registry);
  }

  @Autowired TestRestTemplate http;
  @Autowired JdbcTemplate jdbc;
  @Autowired MeetingRegistration registration;
  @Autowired TaskService taskService;
  final ObjectMapper json = new ObjectMapper();

  @Test
  void shouldRefuseControlCharactersInAMeetingTitle() throws Exception {
    for (String title : new String[] {"會報\\u0000", "會報\\u202Etxt.exe", "會報\\u2066"}) {
      ResponseEntity<String> response = postMeeting("""
          {"title": "%s", "heldOn": "2016-10-19", "nextMeetingOn": "2017-01-18",
           "items": [{"number": "一", "kind": "RESOLUTION", "subject": "s", "leadUnits": ["ethics"]}]}""".formatted(title));
      assertThat(response.getStatusCode().value()).as(title).isEqualTo(400);
      assertThat(response.getHeaders().getContentType().toString()).startsWith("application/problem+json");
      JsonNode body = json.readTree(response.getBody());
      assertThat(body.get("detail").asText()).isEqualTo("「title」含有不允許的控制字元。");
      assertThat(body.get("errors").findValuesAsText("field")).containsExactly("title");
    }
    ResponseEntity<String> inItem = postMeeting("""
        {"title": "會報", "heldOn": "2016-10-19", "nextMeetingOn": "2017-01-18",
         "items": [{"number": "一", "kind": "RESOLUTION", "subject": "s\\u0000", "leadUnits": ["ethics"]}]}""");
    assertThat(json.readTree(inItem.getBody()).get("detail").asText()).isEqualTo("「items[0].subject」含有不允許的控制字元。");
    assertThat(jdbc.queryForObject("select count(*) from app_meeting where title like '會報%'", Integer.class)).isZero();
  }

  @Test
  void shouldRefuseImplausibleMeetingDates() throws Exception {
    for (String heldOn : new String[] {"+99999-01-01", "0001-01-01"}) {
      ResponseEntity<String> response = postMeeting("""
          {"title": "會報 %s", "heldOn": "%s", "nextMeetingOn": "2017-01-18",
           "items": [{"number": "一", "kind": "RESOLUTION", "subject": "s", "leadUnits": ["ethics"]}]}""".formatted(heldOn, heldOn));
      assertThat(response.getStatusCode().value()).as(heldOn).isEqualTo(400);
      assertThat(json.readTree(response.getBody()).get("detail").asText()).isEqualTo("「heldOn」須在民國 1 年至 200 年之間。");
    }
    assertThat(jdbc.queryForObject("select count(*) from app_meeting where title like '會報%'", Integer.class)).isZero();
  }

  @Test
  void shouldRefuseControlCharactersInProgressWithOneLogLine(CapturedOutput output) throws Exception {
    var meeting = registration.register(FollowUpFixtures.meeting(FollowUpFixtures.item("一", "ethics")), "ethics-clerk");
    Task task = taskService.createTaskQuery().processInstanceBusinessKey(meeting.items().get(0).businessKey()).singleResult();

    for (String progress : new String[] {"已完成\\u0000", "已完成\\u202E"}) {
      int before = output.getAll().length();
      ResponseEntity<String> response = complete(task.getId(), progress);
      assertThat(response.getStatusCode().value()).isEqualTo(400);
      assertThat(json.readTree(response.getBody()).get("message").asText()).isEqualTo("「progress」含有不允許的控制字元。");
      assertThat(output.getAll().substring(before).lines().filter(l -> !l.isBlank())).hasSize(1).allMatch(l -> l.contains("WARN"));
    }
    assertThat(taskService.createTaskQuery().taskId(task.getId()).count()).isOne();
    assertThat(jdbc.queryForObject("select count(*) from app_progress_report", Integer.class)).isZero();

    // A refusal by the task's own listener (an empty progress) also logs just one line, no stack trace.
    int before = output.getAll().length();
    assertThat(complete(task.getId(), " ").getStatusCode().value()).isEqualTo(400);
    assertThat(output.getAll().substring(before).lines().filter(l -> !l.isBlank())).hasSize(1).allMatch(l -> l.contains("WARN"));
  }

  private ResponseEntity<String> complete(String taskId, String progress) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    String body = """
        {"variables": {"status": {"value": "DONE"}, "progress": {"value": "%s"}, "suggestion": {"value": "close"}}}""".formatted(progress);
    return http.withBasicAuth("ethics-clerk", "demo")
        .exchange("/engine-rest/task/" + taskId + "/complete", HttpMethod.POST, new HttpEntity<>(body, headers), String.class);
  }

  private ResponseEntity<String> postMeeting(String body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return http.withBasicAuth("ethics-clerk", "demo")
        .exchange("/api/meetings", HttpMethod.POST, new HttpEntity<>(body, headers), String.class);
  }
}
