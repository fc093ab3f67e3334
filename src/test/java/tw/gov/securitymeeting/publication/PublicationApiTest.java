package tw.gov.securitymeeting.publication;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import tw.gov.securitymeeting.ApplicationTest;
import tw.gov.securitymeeting.system.RocDates;

/**
 * POST/GET /api/publications and the review over /engine-rest: what a good request gets, a clear 4xx in
 * Chinese for every bad one (nothing stored), and the four-eyes rule whatever the client. It runs on the
 * shared test context with the default settings (a context of its own would register a second process
 * engine under the same name, which /engine-rest of other test classes would then find).
 */
@ApplicationTest
class PublicationApiTest {

  @Autowired TestRestTemplate http;
  @Autowired JdbcTemplate jdbc;
  @Autowired ManagementService managementService;
  @Autowired TaskService taskService;
  @Autowired org.camunda.bpm.engine.RuntimeService runtimeService;
  final ObjectMapper json = new ObjectMapper();

  @Test
  void shouldStoreANoticeWithItsAttachmentAndShowItInTheRegister() throws Exception {
    String title = "親子閱讀活動 " + UUID.randomUUID();
    ResponseEntity<String> response = post("education-clerk",
        form(title, "education").with("attachments", file("名單.xlsx", PublicationDocuments.xlsxWithHiddenId())));

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    long id = json.readTree(response.getBody()).get("id").asLong();
    assertThat(response.getHeaders().getLocation()).hasPath("/api/publications/" + id);
    assertThat(detail("education-clerk", id).path("publication").path("status").asText()).isEqualTo("SCANNING");

    runScan(id);

    JsonNode detail = detail("education-clerk", id);
    assertThat(detail.path("publication").path("status").asText()).isEqualTo("IN_REVIEW");
    assertThat(detail.path("attachments").get(0).path("filename").asText()).isEqualTo("名單.xlsx");
    assertThat(detail.path("findings").findValuesAsText("kind")).contains("NATIONAL_ID", "HIDDEN_SHEET");
    assertThat(detail.toString()).contains("A123****89").doesNotContain(PublicationDocuments.VALID_ID);

    JsonNode inReview = json.readTree(get("planning-clerk", "/api/publications?status=IN_REVIEW").getBody());
    assertThat(inReview.findValuesAsText("title")).contains(title);
    assertThat(json.readTree(get("construction-clerk", "/api/publications").getBody()).findValuesAsText("title"))
        .doesNotContain(title);
    assertThat(get("construction-clerk", "/api/publications/" + id).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  void shouldRefuseAZipSentAsPdfNamingTheFileAndStoreNothing() throws Exception {
    long before = count();
    ResponseEntity<String> response = post("education-clerk",
        form("公告", "education").with("attachments", file("公告.pdf", PublicationDocuments.zip())));

    assertProblem(response, HttpStatus.BAD_REQUEST, "attachments", "公告.pdf");
    assertThat(count()).isEqualTo(before);
  }

  @Test
  void shouldRefuseAnOversizeAttachmentWith413() throws Exception {
    long before = count();
    ResponseEntity<String> response = post("education-clerk",
        form("公告", "education").with("attachments", file("大檔.txt", oversize())));

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE);
    JsonNode body = json.readTree(response.getBody());
    assertThat(body.path("title").asText()).isEqualTo("檔案過大");
    assertThat(body.path("detail").asText()).contains("大檔.txt", "20 MB");
    assertThat(count()).isEqualTo(before);
  }

  @Test
  void shouldNameEveryBadFieldInChinese() throws Exception {
    long before = count();
    Form bad = new Form().with("title", " ").with("noticeText", "內容").with("targetUrl", "ftp://x")
        .with("unit", "education").with("desiredDate", "2026-13-01").with("eventEndDate", "昨天");
    ResponseEntity<String> response = post("education-clerk", bad);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
    JsonNode errors = json.readTree(response.getBody()).get("errors");
    assertThat(errors.findValuesAsText("field")).contains("title", "targetUrl", "desiredDate", "eventEndDate");
    assertThat(errors.findValuesAsText("message")).contains("請填寫「標題」。");
    assertThat(count()).isEqualTo(before);
  }

  @Test
  void shouldRefuseAnUnknownUnitAnotherUnitAndAnonymousCallers() throws Exception {
    assertProblem(post("education-clerk", form("公告", "police")), HttpStatus.BAD_REQUEST, "unit", "police");
    ResponseEntity<String> other = post("education-clerk", form("公告", "planning"));
    assertThat(other.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(json.readTree(other.getBody()).path("detail").asText()).contains("綜合規劃處");
    ResponseEntity<String> anonymous = http.postForEntity("/api/publications",
        new HttpEntity<>(form("公告", "education").body, multipart()), String.class);
    assertThat(anonymous.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(http.getForEntity("/api/publications", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void shouldTakeTheClerksOnlyUnitWhenNoneIsNamedAndAnswerScriptsWithoutASignInDialog() throws Exception {
    Form noUnit = new Form().with("title", "未填單位的公告").with("noticeText", "本處將舉辦親子閱讀活動。")
        .with("targetUrl", "https://www.example.gov.tw/news").with("desiredDate", tomorrow());
    ResponseEntity<String> created = post("education-clerk", noUnit);
    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    long id = json.readTree(created.getBody()).path("id").asLong();
    assertThat(jdbc.queryForObject("select unit from app_publication where id = ?", String.class, id)).isEqualTo("education");

    HttpHeaders script = new HttpHeaders();
    script.add("X-Requested-With", "XMLHttpRequest");
    // A user no other test signs in as: a wrong password locks a real user for a few seconds (Camunda's login delay),
    // and the tests of the same context that sign in as that user right after would be refused.
    ResponseEntity<String> refused = http.withBasicAuth("nobody-of-any-unit", "wrong").exchange("/api/publications",
        org.springframework.http.HttpMethod.GET, new HttpEntity<>(script), String.class);
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(refused.getHeaders().containsKey(HttpHeaders.WWW_AUTHENTICATE)).isFalse();
  }

  @Test
  void shouldRefuseAnUnknownStatusAndAJsonBody() throws Exception {
    ResponseEntity<String> status = get("education-clerk", "/api/publications?status=DONE");
    assertProblem(status, HttpStatus.BAD_REQUEST, "status", "DONE");

    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    ResponseEntity<String> jsonBody = http.withBasicAuth("education-clerk", "demo")
        .postForEntity("/api/publications", new HttpEntity<>("{\"title\":\"x\"}", headers), String.class);
    assertThat(jsonBody.getStatusCode()).isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE);
  }

  @Test
  void shouldRefuseTheDrafterAsReviewerOverEngineRestEvenInTheCandidateGroup() throws Exception {
    // The head drafts, so the unit's members are the candidates: the head is in the candidate group.
    ResponseEntity<String> response = post("ethics-head", form("政風宣導 " + UUID.randomUUID(), "ethics"));
    long id = json.readTree(response.getBody()).get("id").asLong();
    runScan(id);
    Task review = taskService.createTaskQuery().processInstanceBusinessKey(PublicationStart.businessKey(id)).singleResult();
    assertThat(taskService.getIdentityLinksForTask(review.getId()))
        .anyMatch(link -> "ethics".equals(link.getGroupId()));

    ResponseEntity<String> claim = postJson("ethics-head", "/engine-rest/task/" + review.getId() + "/claim",
        "{\"userId\": \"ethics-head\"}");
    assertThat(claim.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(json.readTree(claim.getBody()).path("message").asText()).contains("送件人不能複核自己送出的公告");

    String approve = """
        {"variables": {"outcome": {"value": "approve"}, "checkContent": {"value": true},
         "checkAttachments": {"value": true}, "checkPersonalData": {"value": true}, "checkSecrets": {"value": true}}}""";
    ResponseEntity<String> complete = postJson("ethics-head", "/engine-rest/task/" + review.getId() + "/complete", approve);
    assertThat(complete.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(json.readTree(complete.getBody()).path("message").asText()).contains("送件人不能複核自己送出的公告");
    assertThat(detail("ethics-head", id).path("publication").path("status").asText()).isEqualTo("IN_REVIEW");

    ResponseEntity<String> byClerk = postJson("ethics-clerk", "/engine-rest/task/" + review.getId() + "/complete", approve);
    assertThat(byClerk.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    JsonNode approved = detail("ethics-head", id).path("publication");
    assertThat(approved.path("status").asText()).isEqualTo("APPROVED");
    assertThat(approved.path("reviewer").asText()).isEqualTo("ethics-clerk");
  }

  @Test
  void shouldStartFromTheTasklistStartFormWithTheSameRules() throws Exception {
    String empty = """
        {"variables": {"title": {"value": ""}, "noticeText": {"value": "內容"},
         "targetUrl": {"value": "https://www.example.gov.tw/"}, "desiredDate": {"value": "%s"}}}""".formatted(tomorrow());
    ResponseEntity<String> refused = postJson("education-clerk",
        "/engine-rest/process-definition/key/publication-review/submit-form", empty);
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(json.readTree(refused.getBody()).path("message").asText()).isEqualTo("請填寫「標題」。");

    String title = "Tasklist 公告 " + UUID.randomUUID();
    String good = """
        {"variables": {"title": {"value": "%s"}, "noticeText": {"value": "內容"},
         "targetUrl": {"value": "https://www.example.gov.tw/"}, "desiredDate": {"value": "%s"}}}""".formatted(title, tomorrow());
    ResponseEntity<String> started = postJson("education-clerk",
        "/engine-rest/process-definition/key/publication-review/submit-form", good);
    assertThat(started.getStatusCode()).isEqualTo(HttpStatus.OK);
    JsonNode listed = json.readTree(get("education-clerk", "/api/publications").getBody());
    JsonNode mine = null;
    for (JsonNode row : listed) {
      if (row.path("title").asText().equals(title)) {
        mine = row;
      }
    }
    assertThat(mine).isNotNull();
    assertThat(mine.path("unit").asText()).isEqualTo("education");
    assertThat(mine.path("drafter").asText()).isEqualTo("education-clerk");
    assertThat(runtimeService.createProcessInstanceQuery()
        .processInstanceBusinessKey(PublicationStart.businessKey(mine.path("id").asLong())).count()).isOne();
  }

  @Test
  void shouldLetOnlyTheDrafterReplaceAttachmentsAndOnlyWhileReturned() throws Exception {
    long id = json.readTree(post("education-clerk", form("公告 " + UUID.randomUUID(), "education")).getBody()).get("id").asLong();
    runScan(id);
    Form clean = new Form().with("attachments", file("時程.xlsx", PublicationDocuments.cleanXlsx()));

    ResponseEntity<String> notReturned = put("education-clerk", id, clean);
    assertThat(notReturned.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(json.readTree(notReturned.getBody()).path("detail").asText()).contains("退回修正");
    assertThat(put("education-head", id, clean).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(put("education-clerk", 999_999, clean).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    ResponseEntity<String> zip = put("education-clerk", id, new Form().with("attachments", file("附件.pdf", PublicationDocuments.zip())));
    assertProblem(zip, HttpStatus.BAD_REQUEST, "attachments", "附件.pdf");
    assertThat(jdbc.queryForObject("select count(*) from app_publication_attachment where publication_id = ?", Long.class, id)).isZero();
  }

  // --- helpers

  static final class Form {
    final MultiValueMap<String, Object> body = new LinkedMultiValueMap<>();

    Form with(String name, Object value) {
      body.add(name, value);
      return this;
    }
  }

  static Form form(String title, String unit) {
    return new Form().with("title", title).with("noticeText", "本處將舉辦親子閱讀活動。")
        .with("targetUrl", "https://www.example.gov.tw/news").with("unit", unit).with("desiredDate", tomorrow());
  }

  static String tomorrow() {
    return RocDates.today().plusDays(1).toString();
  }

  static ByteArrayResource file(String name, byte[] bytes) {
    return new ByteArrayResource(bytes) {
      @Override
      public String getFilename() {
        return name;
      }
    };
  }

  /** One byte over the default limit of 20 MB. */
  static byte[] oversize() {
    byte[] bytes = new byte[20 * 1024 * 1024 + 1];
    java.util.Arrays.fill(bytes, (byte) 'a');
    return bytes;
  }

  static HttpHeaders multipart() {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    return headers;
  }

  ResponseEntity<String> post(String user, Form form) {
    return http.withBasicAuth(user, "demo").postForEntity("/api/publications", new HttpEntity<>(form.body, multipart()), String.class);
  }

  ResponseEntity<String> put(String user, long id, Form form) {
    return http.withBasicAuth(user, "demo").exchange("/api/publications/" + id + "/attachments", org.springframework.http.HttpMethod.PUT,
        new HttpEntity<>(form.body, multipart()), String.class);
  }

  ResponseEntity<String> postJson(String user, String path, String body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return http.withBasicAuth(user, "demo").postForEntity(path, new HttpEntity<>(body, headers), String.class);
  }

  ResponseEntity<String> get(String user, String path) {
    return http.withBasicAuth(user, "demo").getForEntity(path, String.class);
  }

  JsonNode detail(String user, long id) throws Exception {
    return json.readTree(get(user, "/api/publications/" + id).getBody());
  }

  void runScan(long id) {
    String instance = jdbc.queryForObject("select process_instance_id from app_publication where id = ?", String.class, id);
    Job job = managementService.createJobQuery().processInstanceId(instance).singleResult();
    managementService.executeJob(job.getId());
  }

  long count() {
    return jdbc.queryForObject("select count(*) from app_publication", Long.class)
        + jdbc.queryForObject("select count(*) from app_publication_attachment", Long.class);
  }

  void assertProblem(ResponseEntity<String> response, HttpStatus status, String field, String text) throws Exception {
    assertThat(response.getStatusCode()).isEqualTo(status);
    JsonNode errors = json.readTree(response.getBody()).path("errors");
    assertThat(errors.findValuesAsText("field")).contains(field);
    assertThat(errors.toString()).contains(text);
  }
}
