package tw.gov.securitymeeting.followup;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import tw.gov.securitymeeting.ApplicationTest;
import tw.gov.securitymeeting.TasklistSession;

/**
 * The engine's REST API takes from a clerk only what the task's form asks for: a hostile
 * administration-clerk trying to write into another unit's item through 「填報辦理情形」, over
 * /engine-rest and through Tasklist's own session API.
 */
@ApplicationTest
class EngineBoundaryOverRestTest {

  static final String GOOD_ANSWER = """
      "status": {"value": "DONE"}, "progress": {"value": "已完成"}, "suggestion": {"value": "close"}""";

  @Autowired TestRestTemplate http;
  @Autowired MeetingRegistration registration;
  @Autowired TaskService taskService;
  @Autowired RuntimeService runtimeService;
  @Autowired HistoryService historyService;
  @Autowired JdbcTemplate jdbc;
  @LocalServerPort int port;
  final ObjectMapper json = new ObjectMapper();
  Task task;

  @BeforeEach
  void registerAnItemForAdministration() {
    var meeting = registration.register(FollowUpFixtures.meeting(FollowUpFixtures.item("一", "administration")), "ethics-clerk");
    task = taskService.createTaskQuery().processInstanceBusinessKey(meeting.items().get(0).businessKey()).singleResult();
  }

  @Test
  void shouldRefuseAVariableTheFormDoesNotDefineAndChangeNothing() throws Exception {
    Map<String, Object> before = runtimeService.getVariables(task.getProcessInstanceId());

    ResponseEntity<String> response = complete("administration-clerk", task.getId(),
        "{\"variables\": {" + GOOD_ANSWER + ", \"itemId\": {\"value\": 2}, \"unit\": {\"value\": \"construction\"}}}");

    assertThat(response.getStatusCode().value()).isEqualTo(400);
    JsonNode body = json.readTree(response.getBody());
    assertThat(body.get("message").asText()).isEqualTo("不接受欄位「itemId」：此待辦的表單沒有這個欄位。");
    assertThat(body.get("field").asText()).isEqualTo("itemId");
    assertUnchanged(before);
  }

  @Test
  void shouldRefuseItThroughTasklistsSessionApiToo() throws Exception {
    Map<String, Object> before = runtimeService.getVariables(task.getProcessInstanceId());
    TasklistSession tasklist = TasklistSession.signIn(port, "administration-clerk", "demo");

    HttpResponse<String> response = tasklist.engine("POST", "/task/" + task.getId() + "/submit-form",
        "{\"variables\": {" + GOOD_ANSWER + ", \"unit\": {\"value\": \"construction\", \"type\": \"String\"}}}");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(json.readTree(response.body()).get("message").asText()).isEqualTo("不接受欄位「unit」：此待辦的表單沒有這個欄位。");
    assertUnchanged(before);
    assertThat(tasklist.engine("PUT", "/process-instance/" + task.getProcessInstanceId() + "/variables/unit",
        "{\"value\": \"construction\"}").statusCode()).isEqualTo(403);
    assertUnchanged(before);

    HttpResponse<String> good = tasklist.engine("POST", "/task/" + task.getId() + "/submit-form", "{\"variables\": {" + GOOD_ANSWER + "}}");
    assertThat(good.statusCode()).as(good.body()).isEqualTo(204);
  }

  @Test
  void shouldLetOnlyAnAdministratorChangeVariablesDirectly() throws Exception {
    Map<String, Object> before = runtimeService.getVariables(task.getProcessInstanceId());
    String instance = "/engine-rest/process-instance/" + task.getProcessInstanceId() + "/variables";

    assertThat(send("administration-clerk", HttpMethod.PUT, instance + "/unit", "{\"value\": \"construction\"}").getStatusCode().value())
        .isEqualTo(403);
    assertThat(send("administration-clerk", HttpMethod.POST, instance, "{\"modifications\": {\"itemId\": {\"value\": 2}}}")
        .getStatusCode().value()).isEqualTo(403);
    assertThat(send("administration-clerk", HttpMethod.DELETE, instance + "/unit", null).getStatusCode().value()).isEqualTo(403);
    ResponseEntity<String> local = send("administration-clerk", HttpMethod.PUT,
        "/engine-rest/task/" + task.getId() + "/localVariables/unit", "{\"value\": \"construction\"}");
    assertThat(local.getStatusCode().value()).isEqualTo(403);
    assertThat(json.readTree(local.getBody()).get("message").asText()).contains("只限系統管理者");
    assertThat(send("administration-clerk", HttpMethod.POST, "/engine-rest/message", "{\"messageName\": \"x\"}")
        .getStatusCode().value()).isEqualTo(403);
    assertThat(send("administration-clerk", HttpMethod.POST,
        "/engine-rest/process-instance/" + task.getProcessInstanceId() + "/modification", "{\"instructions\": []}")
        .getStatusCode().value()).isEqualTo(403);
    assertUnchanged(before);

    assertThat(send("admin", HttpMethod.PUT, instance + "/note", "{\"value\": \"管理者註記\"}").getStatusCode().value()).isEqualTo(204);
  }

  @Test
  void shouldRefuseSerializedJavaObjectsAndXml() throws Exception {
    for (String variable : new String[] {
        "{\"value\": \"rO0ABXQAA2FiYw==\", \"type\": \"Object\", \"valueInfo\": {\"objectTypeName\": \"java.lang.String\", "
            + "\"serializationDataFormat\": \"application/x-java-serialized-object\"}}",
        "{\"value\": \"<a/>\", \"type\": \"Xml\"}",
        "{\"value\": \"x\", \"type\": \"Bytes\"}"}) {
      ResponseEntity<String> response = complete("administration-clerk", task.getId(),
          "{\"variables\": {" + GOOD_ANSWER.replace("{\"value\": \"已完成\"}", variable) + "}}");
      assertThat(response.getStatusCode().value()).as(variable).isEqualTo(400);
      assertThat(json.readTree(response.getBody()).get("message").asText()).startsWith("不接受欄位「progress」");
    }
    assertThat(taskService.createTaskQuery().taskId(task.getId()).count()).isOne();
  }

  @Test
  void shouldAnswerUnknownAndFinishedTasksWith404InChinese() throws Exception {
    ResponseEntity<String> unknown = complete("administration-clerk", "no-such-task", "{\"variables\": {" + GOOD_ANSWER + "}}");
    assertThat(unknown.getStatusCode().value()).isEqualTo(404);
    assertThat(json.readTree(unknown.getBody()).get("message").asText()).contains("找不到這項待辦");

    assertThat(complete("administration-clerk", task.getId(), "{\"variables\": {" + GOOD_ANSWER + "}}").getStatusCode().value())
        .isEqualTo(204);
    ResponseEntity<String> finished = complete("administration-clerk", task.getId(), "{\"variables\": {" + GOOD_ANSWER + "}}");
    assertThat(finished.getStatusCode().value()).isEqualTo(404);

    ResponseEntity<String> claim = send("administration-clerk", HttpMethod.POST, "/engine-rest/task/" + task.getId() + "/claim",
        "{\"userId\": \"administration-clerk\"}");
    assertThat(claim.getStatusCode().value()).isBetween(400, 499);
    assertThat(json.readTree(claim.getBody()).get("message").asText()).matches(".*[\\u4e00-\\u9fff].*");
  }

  @Test
  void shouldAnswerMalformedBodiesAndUnknownProcessesWith4xxInChinese() throws Exception {
    for (String body : new String[] {"{\"variables\": ", "[1, 2]", "{\"variables\": [1]}", "{\"variables\": {\"progress\": \"已完成\"}}"}) {
      ResponseEntity<String> response = complete("administration-clerk", task.getId(), body);
      assertThat(response.getStatusCode().value()).as(body).isEqualTo(400);
      assertThat(json.readTree(response.getBody()).get("message").asText()).as(body).matches("(?s).*[\\u4e00-\\u9fff].*");
    }
    ResponseEntity<String> unknown = send("administration-clerk", HttpMethod.POST, "/engine-rest/process-definition/key/no-such-process/start",
        "{}");
    assertThat(unknown.getStatusCode().value()).isEqualTo(404);
    assertThat(json.readTree(unknown.getBody()).get("message").asText()).isEqualTo("找不到流程「no-such-process」。");
    ResponseEntity<String> followUp = send("ethics-clerk", HttpMethod.POST, "/engine-rest/process-definition/key/resolution-follow-up/start",
        "{\"variables\": {\"itemId\": {\"value\": 1}}}");
    assertThat(followUp.getStatusCode().value()).isIn(400, 403);
    assertThat(send("administration-clerk", HttpMethod.GET, "/engine-rest/task/no-such-task", null).getBody()).contains("找不到資料");
    assertThat(taskService.createTaskQuery().taskId(task.getId()).count()).isOne();
  }

  @Test
  void shouldRefuseControlCharactersInAnAnswer() throws Exception {
    for (String progress : new String[] {"已完成\\u0000", "已完成\\u202e", "已完成\\u0007"}) {
      ResponseEntity<String> response = complete("administration-clerk", task.getId(),
          "{\"variables\": {" + GOOD_ANSWER.replace("已完成", progress) + "}}");
      assertThat(response.getStatusCode().value()).isEqualTo(400);
      assertThat(json.readTree(response.getBody()).get("message").asText()).isEqualTo("「progress」含有不允許的控制字元。");
    }
    assertThat(complete("administration-clerk", task.getId(),
        "{\"variables\": {" + GOOD_ANSWER.replace("已完成", "第一行\\n第二行\\t完成") + "}}").getStatusCode().value()).isEqualTo(204);
  }

  @Test
  void shouldNotAnswer500ForTheErrorPage() {
    ResponseEntity<String> error = http.getForEntity("/error", String.class);
    assertThat(error.getStatusCode().value()).isBetween(400, 499);
    assertThat(error.getBody()).contains("找不到");
  }

  private void assertUnchanged(Map<String, Object> before) {
    assertThat(taskService.createTaskQuery().taskId(task.getId()).count()).isOne();
    assertThat(runtimeService.getVariables(task.getProcessInstanceId())).hasToString(before.toString());
    assertThat(jdbc.queryForObject("select count(*) from app_progress_report r join app_follow_up_round o on o.id = r.round_id "
        + "join app_follow_up_item i on i.id = o.item_id where i.process_instance_id = ?", Integer.class, task.getProcessInstanceId()))
        .isZero();
  }

  private ResponseEntity<String> complete(String user, String taskId, String body) {
    return send(user, HttpMethod.POST, "/engine-rest/task/" + taskId + "/complete", body);
  }

  private ResponseEntity<String> send(String user, HttpMethod method, String path, String body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return http.withBasicAuth(user, "demo").exchange(path, method, new HttpEntity<>(body, headers), String.class);
  }
}
