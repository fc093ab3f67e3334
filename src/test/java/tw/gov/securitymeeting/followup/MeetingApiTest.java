package tw.gov.securitymeeting.followup;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import tw.gov.securitymeeting.ApplicationTest;

/** POST/GET /api/meetings over HTTP: what a good request gets, and a clear 4xx for every bad one. */
@ApplicationTest
class MeetingApiTest {

  @Autowired TestRestTemplate http;
  @Autowired RuntimeService runtimeService;
  @Autowired JdbcTemplate jdbc;
  @Autowired MeetingRegistration registration;
  final ObjectMapper json = new ObjectMapper();

  @Test
  void shouldRegisterAMeetingAndStartOneProcessPerItemInOrder() throws Exception {
    String title = "嘉義縣政府105年安全維護會報 " + UUID.randomUUID();
    ResponseEntity<String> response = post("ethics-clerk", """
        {"title": "%s", "heldOn": "2016-10-19", "nextMeetingOn": "2017-01-18",
         "items": [
           {"number": "提案一", "kind": "PROPOSAL", "subject": "上網公告增加複核", "decision": "照案通過", "leadUnits": ["all"]},
           {"number": "提案四", "kind": "PROPOSAL", "subject": "路燈螺栓", "decision": "請建設處及教育處轉知", "leadUnits": ["construction", "education"], "dueDate": "2016-12-31"}
         ]}""".formatted(title));

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    JsonNode body = json.readTree(response.getBody());
    long id = body.get("id").asLong();
    assertThat(response.getHeaders().getLocation()).hasPath("/api/meetings/" + id);
    assertThat(body.get("items")).hasSize(2);
    assertThat(body.get("items").get(0).get("number").asText()).isEqualTo("提案一");
    assertThat(body.get("items").get(0).get("businessKey").asText()).isEqualTo(id + "-提案一");
    assertThat(body.get("items").get(1).get("businessKey").asText()).isEqualTo(id + "-提案四");
    String instanceId = body.get("items").get(1).get("processInstanceId").asText();
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(instanceId).singleResult().getBusinessKey())
        .isEqualTo(id + "-提案四");

    JsonNode meeting = json.readTree(get("chair", "/api/meetings/" + id).getBody());
    JsonNode first = meeting.get("items").get(0);
    assertThat(first.get("status").asText()).isEqualTo("OPEN");
    assertThat(first.get("allUnits").asBoolean()).isTrue();
    assertThat(first.get("leadUnits")).hasSize(6);
    // Ten working days before the next meeting (2017-01-18 is a Wednesday).
    assertThat(first.get("dueDate").asText()).isEqualTo("2017-01-04");
    assertThat(first.get("rounds").get(0).get("number").asInt()).isEqualTo(1);
    assertThat(meeting.get("items").get(1).get("dueDate").asText()).isEqualTo("2016-12-31");

    JsonNode list = json.readTree(get("ethics-head", "/api/meetings").getBody());
    assertThat(list.findValuesAsText("title")).contains(title);
  }

  @Test
  void shouldNameEveryBadFieldInChinese() throws Exception {
    ResponseEntity<String> response = post("ethics-clerk", """
        {"title": " ", "heldOn": "2016-10-19",
         "items": [
           {"number": "一", "kind": "MOTION", "subject": "", "leadUnits": ["police"]},
           {"number": "一", "kind": "RESOLUTION", "subject": "%s", "leadUnits": [], "dueDate": "2016-01-01"}
         ]}""".formatted("字".repeat(4001)));

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
    JsonNode errors = json.readTree(response.getBody()).get("errors");
    assertThat(errors.findValuesAsText("field")).containsExactlyInAnyOrder(
        "title", "items[0].kind", "items[0].subject", "items[0].leadUnits",
        "items[1].number", "items[1].subject", "items[1].leadUnits", "items[1].dueDate");
    assertThat(errors.findValuesAsText("message")).anySatisfy(m -> assertThat(m).contains("police"))
        .anySatisfy(m -> assertThat(m).contains("重複"))
        .anySatisfy(m -> assertThat(m).contains("4000"))
        .anySatisfy(m -> assertThat(m).contains("不可早於開會日期"));
  }

  @Test
  void shouldRefuseMissingAndMalformedDates() throws Exception {
    JsonNode missing = json.readTree(post("ethics-clerk", """
        {"title": "t", "items": [{"number": "一", "kind": "RESOLUTION", "subject": "s", "leadUnits": ["ethics"]}]}""").getBody());
    assertThat(missing.get("errors").findValuesAsText("field")).containsExactly("heldOn");

    ResponseEntity<String> malformed = post("ethics-clerk", """
        {"title": "t", "heldOn": "105/10/19", "nextMeetingOn": "2016-10-01", "items": []}""");
    assertThat(malformed.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(json.readTree(malformed.getBody()).get("errors").findValuesAsText("field")).containsExactly("heldOn", "items");
  }

  @Test
  void shouldAnswerMalformedJsonWithA400() throws Exception {
    ResponseEntity<String> broken = post("ethics-clerk", "{\"title\": \"t\", \"items\": [");
    assertThat(broken.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(broken.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
    assertThat(json.readTree(broken.getBody()).get("title").asText()).isEqualTo("資料格式錯誤");

    ResponseEntity<String> wrongType = post("ethics-clerk", """
        {"title": "t", "heldOn": "2016-10-19", "items": [{"number": "一", "leadUnits": "ethics"}]}""");
    assertThat(wrongType.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(json.readTree(wrongType.getBody()).get("errors").findValuesAsText("field")).containsExactly("items[0].leadUnits");

    assertThat(post("ethics-clerk", "").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
  }

  @Test
  void shouldRefuseTheSameMeetingTwiceAndStartNothing() {
    String body = """
        {"title": "重複會議 %s", "heldOn": "2016-10-19",
         "items": [{"number": "一", "kind": "RESOLUTION", "subject": "s", "leadUnits": ["ethics"]}]}""".formatted(UUID.randomUUID());
    assertThat(post("ethics-clerk", body).getStatusCode()).isEqualTo(HttpStatus.CREATED);
    long instances = runtimeService.createProcessInstanceQuery().count();

    ResponseEntity<String> again = post("ethics-clerk", body);

    assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(again.getBody()).contains("已經登錄過");
    assertThat(runtimeService.createProcessInstanceQuery().count()).isEqualTo(instances);
  }

  @Test
  void shouldRegisterNothingWhenOneItemCannotStart() {
    long meetings = count("app_meeting");
    long instances = runtimeService.createProcessInstanceQuery().count();
    ValidMeeting.Item good = FollowUpFixtures.item("一", "ethics");
    // Bypasses the validator: the database refuses the second item, after the first has started.
    ValidMeeting.Item tooLong = new ValidMeeting.Item("二", ItemKind.RESOLUTION, "字".repeat(4001), null, List.of("ethics"), null);
    ValidMeeting meeting = new ValidMeeting("全有全無 " + UUID.randomUUID(), LocalDate.of(2016, 10, 19), null, List.of(good, tooLong));

    org.assertj.core.api.Assertions.assertThatThrownBy(() -> registration.register(meeting, "ethics-clerk"));

    assertThat(count("app_meeting")).isEqualTo(meetings);
    assertThat(runtimeService.createProcessInstanceQuery().count()).isEqualTo(instances);
  }

  @Test
  void shouldLetOnlyTheSecretariatAndAdminsRegister() {
    String body = """
        {"title": "權限 %s", "heldOn": "2016-10-19",
         "items": [{"number": "一", "kind": "RESOLUTION", "subject": "s", "leadUnits": ["ethics"]}]}""";
    ResponseEntity<String> clerk = post("planning-clerk", body.formatted(UUID.randomUUID()));
    assertThat(clerk.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(clerk.getBody()).contains("政風處");
    assertThat(post("chair", body.formatted(UUID.randomUUID())).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(post("admin", body.formatted(UUID.randomUUID())).getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(get("planning-clerk", "/api/meetings").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void shouldAnswerAnUnknownMeetingOrBadIdClearly() throws Exception {
    ResponseEntity<String> unknown = get("ethics-clerk", "/api/meetings/999999");
    assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(json.readTree(unknown.getBody()).get("detail").asText()).contains("999999");
    assertThat(get("ethics-clerk", "/api/meetings/abc").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
  }

  @Test
  void shouldAnswerAWrongUrlMethodOrContentTypeInChinese() throws Exception {
    ResponseEntity<String> noSuchUrl = get("ethics-clerk", "/api/no-such-thing");
    assertThat(noSuchUrl.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(noSuchUrl.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
    assertThat(json.readTree(noSuchUrl.getBody()).get("title").asText()).isEqualTo("找不到資料");

    ResponseEntity<String> wrongMethod = http.withBasicAuth("ethics-clerk", "demo")
        .exchange("/api/meetings", HttpMethod.DELETE, HttpEntity.EMPTY, String.class);
    assertThat(wrongMethod.getStatusCode()).isEqualTo(HttpStatus.METHOD_NOT_ALLOWED);
    assertThat(json.readTree(wrongMethod.getBody()).get("detail").asText()).contains("DELETE");

    HttpHeaders text = new HttpHeaders();
    text.setContentType(MediaType.TEXT_PLAIN);
    ResponseEntity<String> wrongType = http.withBasicAuth("ethics-clerk", "demo")
        .exchange("/api/meetings", HttpMethod.POST, new HttpEntity<>("會議", text), String.class);
    assertThat(wrongType.getStatusCode()).isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE);
    assertThat(json.readTree(wrongType.getBody()).get("title").asText()).isEqualTo("不支援的內容格式");
    assertThat(wrongType.getBody()).doesNotContain("Exception");
  }

  @Test
  void shouldRequireSignInForTheApiAndTheEngineRest() {
    ResponseEntity<String> anonymous = http.getForEntity("/api/meetings", String.class);
    assertThat(anonymous.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    // No Basic challenge: a browser must not offer its own sign-in dialog (docs/security.md).
    assertThat(anonymous.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).isNull();
    assertThat(http.getForEntity("/engine-rest/task", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    // Another user: Camunda throttles sign-ins of a user for a few seconds after a wrong password.
    assertThat(http.withBasicAuth("social-affairs-head", "wrong").getForEntity("/engine-rest/task", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(http.getForEntity("/actuator/health", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  private long count(String table) {
    return jdbc.queryForObject("select count(*) from " + table, Long.class);
  }

  private ResponseEntity<String> post(String user, String body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return http.withBasicAuth(user, "demo").exchange("/api/meetings", HttpMethod.POST, new HttpEntity<>(body, headers), String.class);
  }

  private ResponseEntity<String> get(String user, String path) {
    return http.withBasicAuth(user, "demo").getForEntity(path, String.class);
  }
}
