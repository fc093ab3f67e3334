package tw.gov.securitymeeting.publication;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
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
import org.springframework.jdbc.core.JdbcTemplate;
import tw.gov.securitymeeting.ApplicationTest;
import tw.gov.securitymeeting.system.RocDates;
import tw.gov.securitymeeting.TasklistColumns;

/**
 * The "done when", over HTTP as the people would do it: a clerk's notice with an ID number hidden in a
 * spreadsheet attachment is caught and returned; the clerk replaces the file, the unit's head (someone else)
 * approves the clean notice, the clerk publishes it; and on the event's end date the take-down task arrives
 * for the unit.
 */
@ApplicationTest
class PublicationScenarioTest {

  @Autowired TestRestTemplate http;
  @Autowired JdbcTemplate jdbc;
  @Autowired ManagementService managementService;
  final ObjectMapper json = new ObjectMapper();

  @BeforeEach
  void today() {
    at(LocalDateTime.of(2026, 12, 1, 9, 0));
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void shouldCatchTheHiddenIdPublishTheCleanNoticeAndAskForTheTakeDownOnTime() throws Exception {
    // 1. The clerk sends the notice of an event ending Friday 2026-12-11, with the participant list attached.
    PublicationApiTest.Form form = PublicationApiTest.form("115年親子閱讀月活動", "education")
        .with("eventEndDate", "2026-12-11")
        .with("attachments", PublicationApiTest.file("活動名單.xlsx", PublicationDocuments.xlsxWithHiddenId()));
    ResponseEntity<String> submitted = http.withBasicAuth("education-clerk", "demo")
        .postForEntity("/api/publications", new HttpEntity<>(form.body, PublicationApiTest.multipart()), String.class);
    assertThat(submitted.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    long id = json.readTree(submitted.getBody()).get("id").asLong();
    runJobs(id);

    // 2. The head finds the review in the Tasklist filter 「待我複核的公告」, sees the masked finding, returns it.
    JsonNode review = onlyTask("education-head", id);
    assertThat(reviewFilterTaskIds("education-head")).contains(review.path("id").asText());
    assertThat(TasklistColumns.of(http, "education-head", ReviewFilter.NAME).get(review.path("id").asText()))
        .containsEntry("title", "115年親子閱讀月活動").containsEntry("unitName", "教育處")
        .containsEntry("drafterName", "教育處承辦人").hasEntrySatisfying("findingCount", n -> assertThat(Integer.parseInt(n)).isPositive());
    assertThat(filterId("education-clerk")).as("only reviewers have the filter").isNull();
    assertThat(review.path("name").asText()).isEqualTo("複核上網資訊");
    JsonNode variables = json.readTree(get("education-head", "/engine-rest/task/" + review.path("id").asText() + "/variables").getBody());
    String findings = variables.path("findingsSummary").path("value").asText();
    assertThat(findings).contains("身分證統一編號", "活動名單.xlsx", "A123****89", "隱藏工作表")
        .doesNotContain(PublicationDocuments.VALID_ID);
    assertThat(complete("education-head", review, """
        {"outcome": {"value": "return"}, "reason": {"value": "附件隱藏工作表含身分證統一編號，請移除名單後再送。"}}""").getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(register("RETURNED")).contains(id);

    // 3. The clerk replaces the attachment and sends the revision; it is scanned again and is clean.
    PublicationApiTest.Form clean = new PublicationApiTest.Form()
        .with("attachments", PublicationApiTest.file("活動時程.xlsx", PublicationDocuments.cleanXlsx()));
    ResponseEntity<String> replaced = http.withBasicAuth("education-clerk", "demo").exchange("/api/publications/" + id + "/attachments",
        HttpMethod.PUT, new HttpEntity<>(clean.body, PublicationApiTest.multipart()), String.class);
    assertThat(replaced.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    JsonNode revise = onlyTask("education-clerk", id);
    assertThat(revise.path("name").asText()).isEqualTo("修正公告內容");
    assertThat(complete("education-clerk", revise, """
        {"revisedTitle": {"value": "115年親子閱讀月活動"}, "revisedText": {"value": "活動時程如附件。"}}""").getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
    runJobs(id);

    // 4. Someone else (the head) approves; the clerk could not have.
    JsonNode second = onlyTask("education-head", id);
    JsonNode again = json.readTree(get("education-head", "/engine-rest/task/" + second.path("id").asText() + "/variables").getBody());
    assertThat(again.path("findingCount").path("value").asInt()).isZero();
    assertThat(complete("education-head", second, """
        {"outcome": {"value": "approve"}, "checkContent": {"value": true}, "checkAttachments": {"value": true},
         "checkPersonalData": {"value": true}, "checkSecrets": {"value": true}}""").getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);

    // 5. The clerk publishes it.
    JsonNode publish = onlyTask("education-clerk", id);
    assertThat(publish.path("name").asText()).isEqualTo("上網公告");
    assertThat(complete("education-clerk", publish, """
        {"publishedUrl": {"value": "https://www.example.gov.tw/news/115-reading"},
         "publishedAt": {"value": "2026-12-01T08:45+08:00"}}""").getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    JsonNode published = json.readTree(get("education-clerk", "/api/publications/" + id).getBody());
    assertThat(published.path("publication").path("status").asText()).isEqualTo("PUBLISHED");
    assertThat(published.path("publication").path("reviewer").asText()).isEqualTo("education-head");
    assertThat(published.path("publication").path("drafter").asText()).isEqualTo("education-clerk");
    assertThat(published.path("reviews").findValuesAsText("outcome")).containsExactly("return", "approve");

    // 6. Nothing to take down before the event's end date; on 2026-12-11 the task arrives for the unit.
    at(LocalDateTime.of(2026, 12, 10, 23, 59));
    assertThat(executableJobs(id)).isEmpty();
    at(LocalDateTime.of(2026, 12, 11, 0, 0, 1));
    assertThat(executableJobs(id)).hasSize(1);
    runJobs(id);
    JsonNode takeDown = onlyTask("education-clerk", id);
    assertThat(takeDown.path("name").asText()).isEqualTo("撤除活動網站");
    assertThat(takeDown.path("due").asText()).startsWith("2026-12-16");
    assertThat(register("TAKE_DOWN_DUE")).contains(id);
  }

  // --- helpers

  void at(LocalDateTime time) {
    ClockUtil.setCurrentTime(Date.from(time.atZone(RocDates.TAIPEI).toInstant()));
  }

  List<Job> executableJobs(long id) {
    return managementService.createJobQuery().processInstanceId(instance(id)).executable().list();
  }

  void runJobs(long id) {
    for (Job job : executableJobs(id)) {
      managementService.executeJob(job.getId());
    }
  }

  String instance(long id) {
    return jdbc.queryForObject("select process_instance_id from app_publication where id = ?", String.class, id);
  }

  JsonNode onlyTask(String user, long id) throws Exception {
    JsonNode tasks = json.readTree(get(user, "/engine-rest/task?processInstanceBusinessKey=" + PublicationStart.businessKey(id)).getBody());
    assertThat(tasks).hasSize(1);
    return tasks.get(0);
  }

  ResponseEntity<String> complete(String user, JsonNode task, String variables) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return http.withBasicAuth(user, "demo").postForEntity("/engine-rest/task/" + task.path("id").asText() + "/complete",
        new HttpEntity<>("{\"variables\": " + variables + "}", headers), String.class);
  }

  String filterId(String user) throws Exception {
    JsonNode filters = json.readTree(get(user, "/engine-rest/filter?resourceType=Task").getBody());
    String filterId = null;
    for (JsonNode filter : filters) {
      if (filter.path("name").asText().equals(ReviewFilter.NAME)) {
        filterId = filter.path("id").asText();
      }
    }
    return filterId;
  }

  List<String> reviewFilterTaskIds(String user) throws Exception {
    String filterId = filterId(user);
    assertThat(filterId).as("filter 「待我複核的公告」 readable by " + user).isNotNull();
    JsonNode tasks = json.readTree(get(user, "/engine-rest/filter/" + filterId + "/list").getBody());
    return tasks.findValuesAsText("id");
  }

  ResponseEntity<String> get(String user, String path) {
    return http.withBasicAuth(user, "demo").getForEntity(path, String.class);
  }

  List<Long> register(String status) throws Exception {
    JsonNode rows = json.readTree(get("planning-clerk", "/api/publications?status=" + status).getBody());
    return rows.findValues("id").stream().map(JsonNode::asLong).toList();
  }
}
