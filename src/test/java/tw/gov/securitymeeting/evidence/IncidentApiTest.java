package tw.gov.securitymeeting.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.odftoolkit.odfdom.doc.OdfTextDocument;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.util.LinkedMultiValueMap;
import tw.gov.securitymeeting.ApplicationTest;

/** /api/incidents over HTTP: reporting, evidence, the chain of custody and its verification, the report, and every bad input. */
@ApplicationTest
@TestPropertySource(properties = {
    "app.evidence.storage-directory=${java.io.tmpdir}/evidence-api-test",
    "app.evidence.max-file-size=1KB",
    // Its own engine name (no hyphen, or it is ignored): a second engine called "default" would take over Camunda REST in the shared test context.
    "camunda.bpm.process-engine-name=evidenceApiTest"})
class IncidentApiTest {

  @Autowired TestRestTemplate http;
  @Autowired TaskService taskService;
  @Autowired JdbcTemplate jdbc;
  @Value("${app.evidence.storage-directory}") Path storage;
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
  void shouldReportAnIncidentAndShowItsTimelineToTheOverseersOnly() throws Exception {
    ResponseEntity<String> response = post("education-clerk", "/api/incidents", incident("2026-12-01T09:30", 2));

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    JsonNode body = json.readTree(response.getBody());
    long id = body.get("id").asLong();
    assertThat(response.getHeaders().getLocation()).hasPath("/api/incidents/" + id);
    assertThat(body.get("notifyDeadline").asText()).isEqualTo("2026-12-01T02:30:00Z");
    assertThat(body.get("recoveryDeadline").asText()).isEqualTo("2026-12-04T01:30:00Z");

    JsonNode incident = json.readTree(get("ethics-clerk", "/api/incidents/" + id).getBody());
    assertThat(incident.get("statusLabel").asText()).isEqualTo("通報中");
    assertThat(incident.get("unitName").asText()).isEqualTo("教育處");
    assertThat(incident.get("timeline").findValuesAsText("step")).containsExactly("incident-reported", "notify-incident");
    assertThat(get("education-clerk", "/api/incidents/" + id).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(get("planning-head", "/api/incidents/" + id).getStatusCode()).isEqualTo(HttpStatus.OK);

    // Notification late: the timeline says the deadline was missed.
    EvidenceFixtures.setClock(EvidenceFixtures.NOW.plusMinutes(45));
    JsonNode late = json.readTree(get("chair", "/api/incidents/" + id).getBody());
    assertThat(late.get("timeline").get(1).get("deadlineMet").asBoolean(true)).isFalse();
    assertThat(late.get("notification").get("deadlineMet").asBoolean(true)).isFalse();
  }

  @Test
  void shouldNameEveryBadFieldOfAReportInChinese() throws Exception {
    ResponseEntity<String> response = post("education-clerk", "/api/incidents", """
        {"description": " ", "occurredAt": "2026-12-01T09:00", "awareAt": "2026-12-01T11:00", "systems": "網站",
         "reporter": "承辦人", "unit": "police", "level": 5}""");

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
    Map<String, String> errors = errors(response);
    assertThat(errors).containsKeys("description", "awareAt", "unit", "level");
    assertThat(errors.get("awareAt")).contains("「知悉時間」不可晚於現在");
    assertThat(errors.get("level")).contains("只有 1 到 4 級");
    assertThat(errors.get("unit")).contains("沒有代號為「police」的單位", "教育處（education）");

    Map<String, String> order = errors(post("education-clerk", "/api/incidents", """
        {"description": "事件", "occurredAt": "2026-12-01T09:00", "awareAt": "2026-12-01T08:00", "systems": "網站",
         "reporter": "承辦人", "unit": "education", "level": "二"}"""));
    assertThat(order.get("awareAt")).contains("不可早於發生時間");
    assertThat(order.get("level")).contains("只有 1 到 4 級");
    assertThat(errors(post("education-clerk", "/api/incidents", "{\"awareAt\": \"昨天\"}")).get("awareAt")).contains("不是有效的日期時間");
    assertThat(post("education-clerk", "/api/incidents", "").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
  }

  @Test
  void shouldHashUploadsKeepAChainOfCustodyAndDetectTampering() throws Exception {
    long id = incidentWithTaskForce();
    byte[] content = "磁碟映像內容".getBytes(StandardCharsets.UTF_8);

    ResponseEntity<String> uploaded = upload("planning-clerk", id, content, "網站主機記憶體傾印");
    assertThat(uploaded.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    JsonNode item = json.readTree(uploaded.getBody());
    long itemId = item.get("id").asLong();
    assertThat(item.get("sha256").asText()).isEqualTo(sha256(content));
    assertThat(item.get("fileSize").asLong()).isEqualTo(content.length);
    assertThat(item.get("acquiredBy").asText()).isEqualTo("綜合規劃處承辦人（planning-clerk）");

    String custody = "/api/incidents/" + id + "/evidence/" + itemId + "/custody";
    assertThat(post("planning-clerk", custody, """
        {"handedBy": "planning-clerk", "receivedBy": "ethics-clerk", "reason": "送政風處保管", "location": "政風處保管室"}""")
        .getStatusCode()).isEqualTo(HttpStatus.CREATED);
    EvidenceFixtures.setClock(EvidenceFixtures.NOW.plusMinutes(30));
    JsonNode second = json.readTree(post("ethics-clerk", custody, """
        {"handedBy": "ethics-clerk", "receivedBy": "法務部調查局 王調查官", "reason": "移送鑑識", "location": "調查站",
         "handedAt": "2026-12-01T10:20"}""").getBody());
    assertThat(second.get("seq").asInt()).isEqualTo(2);

    JsonNode verified = json.readTree(get("ethics-clerk", custody + "/verify").getBody());
    assertThat(verified.get("intact").asBoolean()).isTrue();
    assertThat(verified.get("entries").asInt()).isEqualTo(2);
    assertThat(verified.get("file").get("intact").asBoolean()).isTrue();
    JsonNode chain = json.readTree(get("chair", "/api/incidents/" + id).getBody()).get("evidence").get(0).get("custody");
    assertThat(chain.get(1).get("prevHash").asText()).isEqualTo(chain.get(0).get("entryHash").asText());

    // Someone edits the second hand-over in the database.
    jdbc.update("update app_evidence_custody set received_by = '某人' where item_id = ? and seq = 2", itemId);
    JsonNode tampered = json.readTree(get("ethics-clerk", custody + "/verify").getBody());
    assertThat(tampered.get("intact").asBoolean()).isFalse();
    assertThat(tampered.get("brokenAt").asInt()).isEqualTo(2);
    assertThat(tampered.get("problem").asText()).contains("第 2 筆監管紀錄的內容已被修改");

    // Someone changes the evidence file on disk.
    String path = jdbc.queryForObject("select file_path from app_evidence_item where id = ?", String.class, itemId);
    Path file = storage.toAbsolutePath().normalize().resolve(path);
    assertThat(Files.getPosixFilePermissions(file)).doesNotContain(java.nio.file.attribute.PosixFilePermission.OWNER_WRITE);
    file.toFile().setWritable(true);
    Files.write(file, "改過的內容".getBytes(StandardCharsets.UTF_8));
    JsonNode changed = json.readTree(get("ethics-clerk", custody + "/verify").getBody());
    assertThat(changed.get("file").get("intact").asBoolean()).isFalse();
    assertThat(changed.get("file").get("problem").asText()).contains("檔案已被變更");
  }

  @Test
  void shouldDetectAnEditedEvidenceRecordAtTheFirstEntry() throws Exception {
    long id = incidentWithTaskForce();
    JsonNode item = json.readTree(post("ethics-clerk", "/api/incidents/" + id + "/evidence", """
        {"description": "外部製作的磁碟映像", "sourceDevice": "PC-01", "method": "FTK Imager", "sha256": "%s"}"""
        .formatted(EvidenceFixtures.SHA)).getBody());
    long itemId = item.get("id").asLong();
    String custody = "/api/incidents/" + id + "/evidence/" + itemId + "/custody";
    post("ethics-clerk", custody, "{\"handedBy\": \"ethics-clerk\", \"receivedBy\": \"planning-clerk\", \"reason\": \"分析\", \"location\": \"機房\"}");

    jdbc.update("update app_evidence_item set sha256 = ? where id = ?", "b".repeat(64), itemId);

    JsonNode verified = json.readTree(get("ethics-clerk", custody + "/verify").getBody());
    assertThat(verified.get("intact").asBoolean()).isFalse();
    assertThat(verified.get("brokenAt").asInt()).isEqualTo(1);
    assertThat(verified.get("problem").asText()).contains("第 1 筆監管紀錄");
  }

  @Test
  void shouldRefuseBadEvidenceAndHandOversClearly() throws Exception {
    long id = incidentWithTaskForce();
    String evidence = "/api/incidents/" + id + "/evidence";

    assertThat(errors(post("ethics-clerk", evidence, "{\"description\": \"\", \"sha256\": \"%s\"}".formatted(EvidenceFixtures.SHA))))
        .containsEntry("description", "請填寫「證據描述」。");
    assertThat(errors(post("ethics-clerk", evidence, "{\"description\": \"映像\", \"sha256\": \"xyz\"}")).get("sha256"))
        .contains("64 個 16 進位字元");
    assertThat(errors(upload("ethics-clerk", id, new byte[10], " ")).get("description")).isEqualTo("請填寫「證據描述」。");

    ResponseEntity<String> tooLarge = upload("ethics-clerk", id, new byte[2048], "太大的檔案");
    assertThat(tooLarge.getStatusCode()).isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE);
    assertThat(json.readTree(tooLarge.getBody()).get("title").asText()).isEqualTo("檔案過大");

    assertThat(post("ethics-clerk", "/api/incidents/999999/evidence", "{\"description\": \"x\", \"sha256\": \"%s\"}"
        .formatted(EvidenceFixtures.SHA)).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(get("ethics-clerk", "/api/incidents/999999").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(post("ethics-clerk", evidence + "/999999/custody", "{}").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(post("construction-clerk", evidence, "{\"description\": \"x\", \"sha256\": \"%s\"}".formatted(EvidenceFixtures.SHA))
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

    long itemId = json.readTree(post("ethics-clerk", evidence, "{\"description\": \"映像\", \"sha256\": \"%s\"}"
        .formatted(EvidenceFixtures.SHA)).getBody()).get("id").asLong();
    Map<String, String> custody = errors(post("ethics-clerk", evidence + "/" + itemId + "/custody",
        "{\"handedBy\": \"ethics-clerk\", \"receivedBy\": \"ethics-clerk\", \"handedAt\": \"2026-12-02T09:00\"}"));
    assertThat(custody).containsKeys("reason", "location", "handedAt", "receivedBy");
    assertThat(custody.get("handedAt")).contains("不可晚於現在");
  }

  @Test
  void shouldExportTheReportAsAnOdfDocument() throws Exception {
    long id = incidentWithTaskForce();
    post("ethics-clerk", "/api/incidents/" + id + "/evidence", "{\"description\": \"防火牆日誌\", \"sha256\": \"%s\"}".formatted(EvidenceFixtures.SHA));

    ResponseEntity<byte[]> odt = http.withBasicAuth("chair", "demo")
        .getForEntity("/api/incidents/" + id + "/report?format=odt", byte[].class);
    assertThat(odt.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(odt.getHeaders().getContentType().toString()).startsWith(IncidentReportOdt.MEDIA_TYPE);
    try (OdfTextDocument document = OdfTextDocument.loadDocument(new ByteArrayInputStream(odt.getBody()))) {
      String text = new org.odftoolkit.odfdom.incubator.doc.text.OdfWhitespaceProcessor().getText(document.getContentRoot());
      assertThat(document.getTableList()).hasSize(2);
      assertThat(text).contains("資安事件調查、處理及改善報告", "五、事件根因分析", "七、前款措施之預定完成時程及成效追蹤機制",
          "防火牆日誌", EvidenceFixtures.SHA, "證物監管鏈");
    }
    assertThat(errors(get("chair", "/api/incidents/" + id + "/report?format=pdf"))).containsKey("format");
    assertThat(get("construction-clerk", "/api/incidents/" + id + "/report?format=odt").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }

  private long incidentWithTaskForce() throws Exception {
    long id = json.readTree(post("education-clerk", "/api/incidents", incident("2026-12-01T09:30", 2)).getBody()).get("id").asLong();
    String pi = jdbc.queryForObject("select process_instance_id from app_incident where id = ?", String.class, id);
    taskService.complete(taskService.createTaskQuery().processInstanceId(pi).singleResult().getId(), EvidenceFixtures.notification());
    taskService.complete(taskService.createTaskQuery().processInstanceId(pi).singleResult().getId(),
        Map.of("members", "planning-clerk,ethics-clerk"));
    return id;
  }

  private static String incident(String awareAt, int level) {
    return """
        {"description": "網站首頁遭置換", "occurredAt": "2026-12-01T09:00", "awareAt": "%s", "systems": "教育處全球資訊網",
         "reporter": "教育處承辦人", "unit": "education", "level": %d}""".formatted(awareAt, level);
  }

  private ResponseEntity<String> upload(String user, long id, byte[] content, String description) {
    LinkedMultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
    parts.add("file", new ByteArrayResource(content) {
      @Override
      public String getFilename() {
        return "memory.dmp";
      }
    });
    parts.add("description", description);
    parts.add("sourceDevice", "web01");
    parts.add("method", "記憶體傾印");
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    return http.withBasicAuth(user, "demo").exchange("/api/incidents/" + id + "/evidence", HttpMethod.POST,
        new HttpEntity<>(parts, headers), String.class);
  }

  private ResponseEntity<String> post(String user, String path, String body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return http.withBasicAuth(user, "demo").exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), String.class);
  }

  private ResponseEntity<String> get(String user, String path) {
    return http.withBasicAuth(user, "demo").getForEntity(path, String.class);
  }

  private Map<String, String> errors(ResponseEntity<String> response) throws Exception {
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    Map<String, String> errors = new java.util.LinkedHashMap<>();
    for (JsonNode error : json.readTree(response.getBody()).get("errors")) {
      errors.merge(error.get("field").asText(), error.get("message").asText(), (a, b) -> a + " " + b);
    }
    return errors;
  }

  private static String sha256(byte[] content) throws Exception {
    return HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(content));
  }

  @SuppressWarnings("unused")
  private static List<String> names(JsonNode array) {
    return array.findValuesAsText("name");
  }
}
