package tw.gov.securitymeeting.followup;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tw.gov.securitymeeting.ApplicationTest;
import tw.gov.securitymeeting.EmbeddedPostgres;

/**
 * Seed 000 for real, on PostgreSQL 17: the secretariat registers the four earlier resolutions,
 * every unit's clerk reports the minutes' 辦理情形 over /engine-rest, the secretariat recommends,
 * the chair keeps item 4 open with the minutes' instruction and approves the rest.
 */
@ApplicationTest
class SeedReplayIT {

  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry registry) {
    EmbeddedPostgres.newDatabase(registry);
  }

  @Autowired TestRestTemplate http;
  final ObjectMapper json = new ObjectMapper();

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void shouldReplayTheFollowUpOfSeed000() throws Exception {
    // The minutes do not give the earlier meeting's date; the ruling was given on 105-10-19.
    ClockUtil.setCurrentTime(Date.from(LocalDate.of(2016, 10, 19).atTime(15, 10).atZone(ZoneId.of("Asia/Taipei")).toInstant()));
    long meetingId = register();

    for (Seed000.Resolution resolution : Seed000.RESOLUTIONS) {
      String key = meetingId + "-" + resolution.number();
      for (JsonNode task : tasks("chair", key)) {
        String unit = candidateGroup(task);
        complete(unit + "-clerk", task, Map.of("status", "DONE", "progress", resolution.progress(),
            "suggestion", resolution.number().equals("四") ? "continue" : "close"));
      }
      complete("ethics-clerk", single("ethics-clerk", key, "secretariat-review"),
          Map.of("recommendation", resolution.number().equals("四") ? "continue" : "close", "note", "彙整如上"));
      Map<String, Object> ruling = resolution.number().equals("四")
          ? Map.of("ruling", "continue", "instruction", Seed000.INSTRUCTION_FOR_FOUR, "newDueDate", "2017-01-17")
          : Map.of("ruling", "close");
      complete("chair", single("chair", key, "chair-ruling"), ruling);
    }

    JsonNode items = json.readTree(http.withBasicAuth("chair", "demo").getForEntity("/api/meetings/" + meetingId, String.class).getBody())
        .get("items");
    assertThat(java.util.stream.StreamSupport.stream(items.spliterator(), false).map(i -> i.get("status").asText()))
        .containsExactly("CLOSED", "CLOSED", "CLOSED", "OPEN");
    assertThat(items.get(1).get("rounds").get(0).get("reports")).hasSize(6);
    JsonNode four = items.get(3);
    assertThat(four.get("currentRound").asInt()).isEqualTo(2);
    assertThat(four.get("rounds").get(1).get("instruction").asText()).isEqualTo(Seed000.INSTRUCTION_FOR_FOUR);
    assertThat(four.get("rounds").get(0).get("reports").get(0).get("reportedBy").asText()).isEqualTo("ethics-clerk");
    assertThat(four.get("rounds").get(0).get("ruledBy").asText()).isEqualTo("chair");
    assertThat(tasks("ethics-clerk", meetingId + "-四")).hasSize(1);

    assertTheReportShowsTheSeedsTable(meetingId);
  }

  /** 貳、上次會議主席裁(指)示事項辦理情形報告, as HTML and as ODT. */
  private void assertTheReportShowsTheSeedsTable(long meetingId) throws Exception {
    String html = http.withBasicAuth("chair", "demo").getForEntity("/api/meetings/" + meetingId + "/follow-up-report", String.class).getBody();
    assertThat(html).contains("民國105年4月20日", Seed000.ALL_UNITS_TEXT, "行政處", "政風處",
        "已定期派清潔人員清理並加強宣導。", "准予備查", "繼續列管", Seed000.INSTRUCTION_FOR_FOUR);
    for (Seed000.Resolution resolution : Seed000.RESOLUTIONS) {
      assertThat(html).contains(resolution.subject());
    }

    byte[] odt = http.withBasicAuth("ethics-clerk", "demo")
        .getForEntity("/api/meetings/" + meetingId + "/follow-up-report?format=odt", byte[].class).getBody();
    var table = org.odftoolkit.odfdom.doc.OdfTextDocument.loadDocument(new java.io.ByteArrayInputStream(odt)).getTableList().get(0);
    assertThat(table.getRowCount()).isEqualTo(1 + Seed000.RESOLUTIONS.size());
    for (int i = 0; i < Seed000.RESOLUTIONS.size(); i++) {
      Seed000.Resolution resolution = Seed000.RESOLUTIONS.get(i);
      List<List<String>> row = OdfTables.row(table, i + 1);
      assertThat(String.join("", row.get(0))).contains(resolution.subject());
      assertThat(String.join("", row.get(1))).isEqualTo(resolution.units().contains("all") ? Seed000.ALL_UNITS_TEXT
          : resolution.units().contains("ethics") ? "政風處" : "行政處");
      assertThat(String.join("", row.get(2))).contains(resolution.progress());
      assertThat(String.join("", row.get(3))).isEqualTo(resolution.number().equals("四")
          ? "繼續列管：" + Seed000.INSTRUCTION_FOR_FOUR : "准予備查，解除列管。");
    }
  }

  private long register() throws Exception {
    List<Map<String, Object>> items = Seed000.RESOLUTIONS.stream()
        .map(r -> Map.<String, Object>of("number", r.number(), "kind", "RESOLUTION", "subject", r.subject(), "leadUnits", r.units()))
        .toList();
    Map<String, Object> meeting = Map.of("title", "嘉義縣政府安全維護會報（上次會議）", "heldOn", "2016-04-20",
        "nextMeetingOn", "2016-10-19", "items", items);
    ResponseEntity<String> response = send("ethics-clerk", HttpMethod.POST, "/api/meetings", json.writeValueAsString(meeting));
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    return json.readTree(response.getBody()).get("id").asLong();
  }

  private JsonNode tasks(String user, String businessKey) throws Exception {
    return json.readTree(http.withBasicAuth(user, "demo")
        .getForEntity("/engine-rest/task?processInstanceBusinessKey=" + businessKey, String.class).getBody());
  }

  private JsonNode single(String user, String businessKey, String taskKey) throws Exception {
    JsonNode tasks = tasks(user, businessKey);
    assertThat(tasks).hasSize(1);
    assertThat(tasks.get(0).get("taskDefinitionKey").asText()).isEqualTo(taskKey);
    return tasks.get(0);
  }

  private String candidateGroup(JsonNode task) throws Exception {
    JsonNode links = json.readTree(http.withBasicAuth("admin", "demo")
        .getForEntity("/engine-rest/task/" + task.get("id").asText() + "/identity-links?type=candidate", String.class).getBody());
    return links.get(0).get("groupId").asText();
  }

  private void complete(String user, JsonNode task, Map<String, Object> answers) throws Exception {
    Map<String, Object> variables = new java.util.HashMap<>();
    answers.forEach((name, value) -> variables.put(name, Map.of("value", value)));
    ResponseEntity<String> response = send(user, HttpMethod.POST, "/engine-rest/task/" + task.get("id").asText() + "/complete",
        json.writeValueAsString(Map.of("variables", variables)));
    assertThat(response.getStatusCode()).as(user + " completes " + task.get("name").asText() + ": " + response.getBody())
        .isEqualTo(HttpStatus.NO_CONTENT);
  }

  private ResponseEntity<String> send(String user, HttpMethod method, String path, String body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return http.withBasicAuth(user, "demo").exchange(path, method, new HttpEntity<>(body, headers), String.class);
  }
}
