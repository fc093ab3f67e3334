package tw.gov.securitymeeting.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
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
import tw.gov.securitymeeting.system.RocDates;

/**
 * A hostile clerk over Camunda REST: who sent a notice, which notice a process reviews and whether a finding
 * blocks approval come from the register, never from the variables the caller sends.
 */
@ApplicationTest
class PublicationTrustTest {

  @Autowired TestRestTemplate http;
  @Autowired JdbcTemplate jdbc;
  @Autowired IdentityService identityService;
  @Autowired ManagementService managementService;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired PublicationStart start;
  final ObjectMapper json = new ObjectMapper();

  static final String APPROVE = """
      {"variables": {"outcome": {"value": "approve"}, "checkContent": {"value": true},
       "checkAttachments": {"value": true}, "checkPersonalData": {"value": true}, "checkSecrets": {"value": true}%s}}""";

  @Test
  void shouldRecordTheSignedInClerkAsDrafterWhateverInitiatorTheySend() throws Exception {
    String title = "冒名公告 " + UUID.randomUUID();
    ResponseEntity<String> started = post("education-clerk", "/engine-rest/process-definition/key/publication-review/start",
        """
        {"variables": {"initiator": {"value": "education-head"}, "unit": {"value": "education"},
         "title": {"value": "%s"}, "noticeText": {"value": "內容"}, "targetUrl": {"value": "https://www.example.gov.tw/"},
         "desiredDate": {"value": "%s"}}}""".formatted(title, tomorrow()));
    // The boundary refuses a variable the start form does not define ...
    assertThat(started.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(message(started)).contains("initiator");
    assertThat(count(title)).isZero();
    // ... and without it, the drafter is the signed-in clerk, never a name the caller chose.
    started = post("education-clerk", "/engine-rest/process-definition/key/publication-review/start",
        """
        {"variables": {"unit": {"value": "education"},
         "title": {"value": "%s"}, "noticeText": {"value": "內容"}, "targetUrl": {"value": "https://www.example.gov.tw/"},
         "desiredDate": {"value": "%s"}}}""".formatted(title, tomorrow()));
    assertThat(started.getStatusCode()).isEqualTo(HttpStatus.OK);
    long id = idOfTitle(title);
    runScan(id);

    JsonNode notice = json.readTree(get("education-clerk", "/api/publications/" + id).getBody()).path("publication");
    assertThat(notice.path("drafter").asText()).isEqualTo("education-clerk");
    Task review = reviewOf(id);
    assertThat(taskService.getIdentityLinksForTask(review.getId())).noneMatch(link -> "education".equals(link.getGroupId()))
        .anyMatch(link -> "education-head".equals(link.getUserId()));
    ResponseEntity<String> selfApproval = post("education-clerk", "/engine-rest/task/" + review.getId() + "/complete",
        APPROVE.formatted(""));
    assertThat(selfApproval.getStatusCode().is4xxClientError()).isTrue();
    assertThat(status(id)).isEqualTo("IN_REVIEW");
  }

  @Test
  void shouldNotLetAStartNameAnotherUnitsNotice() throws Exception {
    long theirs = start.start(notice("education"), "education-clerk").id();
    long before = count();

    ResponseEntity<String> byVariable = post("construction-clerk", "/engine-rest/process-definition/key/publication-review/start",
        "{\"variables\": {\"publicationId\": {\"value\": " + theirs + ", \"type\": \"Long\"}, \"unit\": {\"value\": \"construction\"}}}");
    assertThat(byVariable.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(message(byVariable)).contains("publicationId");

    ResponseEntity<String> byKey = post("construction-clerk", "/engine-rest/process-definition/key/publication-review/start",
        """
        {"businessKey": "publication-%d", "variables": {"title": {"value": "x"}, "noticeText": {"value": "x"},
         "targetUrl": {"value": "https://www.example.gov.tw/"}, "unit": {"value": "construction"}, "desiredDate": {"value": "%s"}}}"""
            .formatted(theirs, tomorrow()));
    assertThat(byKey.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(message(byKey)).contains("不能指定案件編號");

    assertThat(count()).isEqualTo(before);
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(PublicationStart.businessKey(theirs)).count())
        .isOne();
  }

  @Test
  void shouldRefuseAnotherUnitOnTheStartFormAsTheApiDoes() throws Exception {
    ResponseEntity<String> response = post("construction-clerk", "/engine-rest/process-definition/key/publication-review/submit-form",
        """
        {"variables": {"title": {"value": "x"}, "noticeText": {"value": "x"}, "targetUrl": {"value": "https://www.example.gov.tw/"},
         "unit": {"value": "education"}, "desiredDate": {"value": "%s"}}}""".formatted(tomorrow()));
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(message(response)).isEqualTo("只能以自己所屬的單位送出公告，您不是「教育處」的成員。");
  }

  @Test
  void shouldRequireTheOverrideReasonOfAStoredBlockingFindingWhateverBlockingIsSent() throws Exception {
    ValidPublication withBroken = new ValidPublication("損毀附件 " + UUID.randomUUID(), "請見附件。", "https://www.example.gov.tw/",
        "education", RocDates.today().plusDays(1), null, List.of(new ValidPublication.Upload("損毀.xlsx",
        "application/octet-stream", "PK\u0003\u0004broken".getBytes(StandardCharsets.ISO_8859_1))));
    long id = start.start(withBroken, "education-clerk").id();
    runScan(id);
    Task review = reviewOf(id);

    ResponseEntity<String> forged = post("education-head", "/engine-rest/task/" + review.getId() + "/complete",
        APPROVE.formatted(", \"blocking\": {\"value\": false}"));
    assertThat(forged.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(message(forged)).contains("blocking");
    assertThat(status(id)).isEqualTo("IN_REVIEW");

    // Behind the boundary, the listener itself reads the stored finding, whatever variable a client managed to set.
    identityService.setAuthenticatedUserId("education-head");
    try {
      taskService.claim(review.getId(), "education-head");
      assertThatThrownBy(() -> taskService.complete(review.getId(), java.util.Map.of("outcome", "approve",
          "checkContent", true, "checkAttachments", true, "checkPersonalData", true, "checkSecrets", true, "blocking", false)))
          .hasMessageContaining("放行理由");
    } finally {
      identityService.clearAuthentication();
    }
    assertThat(status(id)).isEqualTo("IN_REVIEW");
  }

  @Test
  void shouldKeepTheFourEyesRuleWhenTheRevisionSendsAnotherDrafter() throws Exception {
    // The head drafts, so the unit's members review; a clerk returns it.
    long id = start.start(notice("education"), "education-head").id();
    runScan(id);
    Task review = reviewOf(id);
    assertThat(post("education-clerk", "/engine-rest/task/" + review.getId() + "/complete",
        "{\"variables\": {\"outcome\": {\"value\": \"return\"}, \"reason\": {\"value\": \"請補充。\"}}}").getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
    Task revise = taskService.createTaskQuery().processInstanceBusinessKey(PublicationStart.businessKey(id)).singleResult();
    ResponseEntity<String> revised = post("education-head", "/engine-rest/task/" + revise.getId() + "/complete", """
        {"variables": {"revisedTitle": {"value": "修正後"}, "revisedText": {"value": "內容"},
         "drafter": {"value": "education-clerk"}, "unit": {"value": "construction"}}}""");
    if (revised.getStatusCode() != HttpStatus.NO_CONTENT) {
      // Refused for the extra variables: the revision goes through without them.
      assertThat(revised.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(post("education-head", "/engine-rest/task/" + revise.getId() + "/complete", """
          {"variables": {"revisedTitle": {"value": "修正後"}, "revisedText": {"value": "內容"}}}""").getStatusCode())
          .isEqualTo(HttpStatus.NO_CONTENT);
    }
    runScan(id);

    Task again = reviewOf(id);
    assertThat(taskService.getIdentityLinksForTask(again.getId())).anyMatch(link -> "education".equals(link.getGroupId()))
        .noneMatch(link -> "education-head".equals(link.getUserId()));
    ResponseEntity<String> own = post("education-head", "/engine-rest/task/" + again.getId() + "/complete", APPROVE.formatted(""));
    assertThat(own.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(message(own)).contains("送件人不能複核自己送出的公告");
    assertThat(status(id)).isEqualTo("IN_REVIEW");
  }

  // --- helpers

  static ValidPublication notice(String unit) {
    return new ValidPublication("公告 " + UUID.randomUUID(), "本處將舉辦親子閱讀活動。", "https://www.example.gov.tw/news", unit,
        RocDates.today().plusDays(1), null, List.of());
  }

  static String tomorrow() {
    return RocDates.today().plusDays(1).toString();
  }

  long idOfTitle(String title) {
    return jdbc.queryForObject("select id from app_publication where title = ?", Long.class, title);
  }

  long count(String title) {
    return jdbc.queryForObject("select count(*) from app_publication where title = ?", Long.class, title);
  }

  long count() {
    return jdbc.queryForObject("select count(*) from app_publication", Long.class);
  }

  String status(long id) {
    return jdbc.queryForObject("select status from app_publication where id = ?", String.class, id);
  }

  Task reviewOf(long id) {
    return taskService.createTaskQuery().processInstanceBusinessKey(PublicationStart.businessKey(id))
        .taskDefinitionKey("review-publication").singleResult();
  }

  void runScan(long id) {
    String instance = jdbc.queryForObject("select process_instance_id from app_publication where id = ?", String.class, id);
    managementService.createJobQuery().processInstanceId(instance).list()
        .forEach(job -> managementService.executeJob(job.getId()));
  }

  String message(ResponseEntity<String> response) throws Exception {
    JsonNode body = json.readTree(response.getBody());
    return body.has("message") ? body.path("message").asText() : body.path("detail").asText();
  }

  ResponseEntity<String> post(String user, String path, String body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return http.withBasicAuth(user, "demo").postForEntity(path, new HttpEntity<>(body, headers), String.class);
  }

  ResponseEntity<String> get(String user, String path) {
    return http.withBasicAuth(user, "demo").getForEntity(path, String.class);
  }
}
