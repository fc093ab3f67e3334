package tw.gov.securitymeeting.specialperiod;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.odftoolkit.odfdom.doc.OdfTextDocument;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import tw.gov.securitymeeting.ApplicationTest;
import tw.gov.securitymeeting.EmbeddedPostgres;
import tw.gov.securitymeeting.calendar.WorkingDayCalendar;

/**
 * Seed 004 for real, on PostgreSQL 17 with a real SMTP server (GreenMail): 政風處 enters the Taitung
 * Spring Festival plan, the chair approves it, every unit deploys its measures, 行政處 records 14 of the 15
 * duty days (111年2月1日 is missed and escalated to its head by mail), one situation of each route is
 * reported, the units report, 政風處 compiles and the chair reviews; the result report holds every measure
 * and opens in LibreOffice. Then the plan is copied to 112年's 春節 period.
 */
@ApplicationTest
@TestPropertySource(properties = {"spring.mail.host=localhost", "spring.mail.port=3025"})
class SpecialPeriodSeedReplayIT {

  @RegisterExtension
  static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry registry) {
    EmbeddedPostgres.newDatabase(registry);
  }

  static final LocalDate MISSED = LocalDate.of(2022, 2, 1);

  @Autowired TestRestTemplate rest;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired WorkingDayCalendar calendar;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void shouldReplayTheSpringFestivalPlanOfSeed004AndCopyItToTheNextYear() throws Exception {
    SpecialPeriodHttp http = new SpecialPeriodHttp(rest);
    SpecialPeriodProcessTest.clock(LocalDateTime.of(2022, 1, 10, 9, 0));
    ResponseEntity<String> created = http.post("ethics-clerk", "/api/special-periods", Seed004.json());
    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    long id = http.read(created).get("id").asLong();
    String pi = http.read(created).get("processInstanceId").asText();

    done(http.complete("chair", task(pi, "approve-plan").get(0).getId(), Map.of("decision", "approve")));
    List<Task> measures = task(pi, "carry-out-measures");
    assertThat(measures).hasSize(6);
    for (Task t : measures) {
      done(http.complete(unitOf(t) + "-clerk", t.getId(), Map.of("preparation", "已轉知同仁並完成部署")));
    }

    // 15 days, holidays included; 111年2月1日 (春節) is left unrecorded.
    for (LocalDate day = LocalDate.parse(Seed004.START); !day.isAfter(LocalDate.parse(Seed004.END)); day = day.plusDays(1)) {
      SpecialPeriodProcessTest.clock(day.atTime(0, 0));
      runDue(pi);
      if (!day.equals(MISSED)) {
        SpecialPeriodProcessTest.clock(day.atTime(18, 0));
        ResponseEntity<String> recorded = http.post("administration-clerk", "/api/special-periods/" + id + "/duty-log",
            "{\"date\": \"%s\", \"checkedAreas\": \"辦公大樓各樓層、機房、檔案室、停車場\", \"anomalies\": \"%s\", \"onDuty\": \"行政處值日人員\"}"
                .formatted(day, day.getDayOfMonth() == 28 ? "三樓檔案室窗戶未關，已關妥上鎖" : ""));
        assertThat(recorded.getStatusCode()).as(recorded.getBody()).isEqualTo(HttpStatus.CREATED);
      }
      SpecialPeriodProcessTest.clock(day.plusDays(1).atTime(8, 0));
      runDue(pi);
      deliverMail();
    }
    List<MimeMessage> escalations = mails("未登錄");
    assertThat(escalations).hasSize(1);
    assertThat(escalations.get(0).getSubject()).contains("111年2月1日(星期二)");
    assertThat(escalations.get(0).getAllRecipients()[0].toString()).isEqualTo("administration-head@example.gov.tw");

    // One situation of each route of 陸、狀況通報.
    SpecialPeriodProcessTest.clock(LocalDateTime.of(2022, 2, 3, 10, 0));
    situation(http, id, "administration-clerk", "SECURITY", true, "大廳發現可疑包裹", null);
    situation(http, id, "social-affairs-clerk", "SECRECY", false, "轄內公所疑有公文外洩", "臺東市公所政風室");
    JsonNode cyber = situation(http, id, "planning-clerk", "CYBER", true, "縣府全球資訊網遭置換首頁", null);
    JsonNode security = situation(http, id, "ethics-clerk", "NATIONAL_SECURITY", true, "大陸人士參訪時拍攝機房", null);
    deliverMail();
    assertThat(mails("重大危安狀況")).hasSize(3);
    assertThat(mails("危安狀況副知")).singleElement().satisfies(m -> assertThat(m.getAllRecipients()[0].toString()).isEqualTo("ethics@example.gov.tw"));
    done(http.complete("planning-clerk", situationTask("decide-evidence"), Map.of("investigationNotifiedAt", "2022-02-03T09:55",
        "startEvidence", "yes", "systems", "縣府全球資訊網", "level", "2")));
    done(http.complete("ethics-clerk", situationTask("record-authority-notification"), Map.of("notifiedTo", "調查站",
        "notifiedAt", "2022-02-03T09:58", "notifyReference", "臺東縣調查站值班")));

    SpecialPeriodProcessTest.clock(LocalDateTime.of(2022, 2, 8, 0, 0));
    runDue(pi);
    for (Task t : task(pi, "report-results")) {
      String unit = unitOf(t);
      List<Map<String, String>> results = new ArrayList<>();
      for (JsonNode m : http.read(http.get(unit + "-clerk", "/api/special-periods/" + id)).get("measures")) {
        if (!m.get("units").findValuesAsText("id").contains(unit)) {
          continue; // 政風處 sees every measure
        }
        results.add(Map.of("measureId", m.get("id").asText(), "result", "第 " + m.get("seq").asInt() + " 項：" + unit + "已辦理"));
      }
      done(http.complete(unit + "-clerk", t.getId(), Map.of("results", results)));
    }
    done(http.complete("ethics-clerk", task(pi, "compile-report").get(0).getId(), Map.of("summary", "各單位均依計畫辦理完成。")));
    done(http.complete("chair", task(pi, "review-report").get(0).getId(), Map.of("reviewComment", "閱")));

    JsonNode plan = http.read(http.get("ethics-clerk", "/api/special-periods/" + id));
    assertThat(plan.get("status").asText()).isEqualTo("CLOSED");
    assertThat(plan.get("dutyLog").get("days").asInt()).isEqualTo(15);
    assertThat(plan.get("dutyLog").get("recorded").asInt()).isEqualTo(14);
    assertThat(plan.get("dutyLog").get("missed").asInt()).isEqualTo(1);
    assertThat(plan.get("dutyLog").get("withAnomalies").asInt()).isEqualTo(1);
    JsonNode situations = plan.get("situations");
    assertThat(situations).hasSize(4);
    JsonNode linked = find(situations, cyber.get("id").asLong());
    assertThat(linked.get("evidenceBusinessKey").asText()).startsWith("incident-");
    assertThat(linked.get("authorityNotifiedTo").asText()).isEqualTo("調查站");
    assertThat(find(situations, security.get("id").asLong()).get("authorityNotifiedAt").isNull()).isFalse();
    for (JsonNode m : plan.get("measures")) {
      assertThat(m.get("results")).hasSize(m.get("units").size());
    }

    ResponseEntity<byte[]> odt = http.bytes("chair", "/api/special-periods/" + id + "/report?format=odt");
    assertThat(odt.getStatusCode()).isEqualTo(HttpStatus.OK);
    String text;
    try (OdfTextDocument document = OdfTextDocument.loadDocument(new ByteArrayInputStream(odt.getBody()))) {
      text = new String(document.getPackage().getBytes("content.xml"), java.nio.charset.StandardCharsets.UTF_8)
          .replaceAll("<[^>]+>", "");
      assertThat(document.getTableList()).extracting(t -> t.getTableName()).contains("重點措施及執行情形", "值勤巡查紀錄", "狀況通報");
    }
    for (Seed004.Measure m : Seed004.MEASURES) {
      assertThat(text).contains(m.text());
    }
    assertThat(text).contains("111年2月1日(星期二)", "未登錄（已陳報主管）", "縣府全球資訊網遭置換首頁", "已啟動數位證據保全", "行政處：第 3 項");
    opensInLibreOffice(odt.getBody());

    // 112年春節: the same plan, moved to 112年1月18日.
    ResponseEntity<String> copied = http.post("ethics-clerk", "/api/special-periods/" + id + "/copy", "{\"startDate\": \"2023-01-18\"}");
    assertThat(copied.getStatusCode()).as(copied.getBody()).isEqualTo(HttpStatus.CREATED);
    JsonNode next = http.read(http.get("ethics-clerk", "/api/special-periods/" + http.read(copied).get("id").asLong()));
    assertThat(next.get("title").asText()).isEqualTo("臺東縣政府112年加強重要節日(春節)期間專案安全維護實施計畫");
    assertThat(next.get("startDate").asText()).isEqualTo("2023-01-18");
    assertThat(next.get("endDate").asText()).isEqualTo("2023-02-01");
    assertThat(next.get("period").asText()).isEqualTo("自112年1月18日(星期三)至112年2月1日(星期三)，為期15日");
    assertThat(next.get("dispatchDue").asText()).isEqualTo(calendar.addWorkingDays(LocalDate.of(2023, 1, 18), -2).toString());
    assertThat(next.get("reportDue").asText()).isEqualTo(calendar.addWorkingDays(LocalDate.of(2023, 2, 1), 3).toString());
    assertThat(next.get("copiedFrom").asLong()).isEqualTo(id);
    assertThat(next.get("measures")).hasSize(17);
    assertThat(next.get("statusLabel").asText()).isEqualTo("待核定");
  }

  private JsonNode situation(SpecialPeriodHttp http, long id, String user, String kind, boolean own, String what, String authority)
      throws Exception {
    Map<String, Object> body = new HashMap<>();
    body.put("kind", kind);
    body.put("ownAgency", own);
    body.put("description", what);
    body.put("place", "臺東縣政府");
    body.put("occurredAt", "2022-02-03T09:30");
    body.put("unit", user.replace("-clerk", ""));
    body.put("reporter", user);
    body.put("notifiedAuthority", authority);
    ResponseEntity<String> response = http.post(user, "/api/special-periods/" + id + "/situations", http.json.writeValueAsString(body));
    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.CREATED);
    return http.read(response);
  }

  private String situationTask(String key) {
    return taskService.createTaskQuery().processDefinitionKey("special-period-situation").taskDefinitionKey(key).singleResult().getId();
  }

  private static JsonNode find(JsonNode list, long id) {
    for (JsonNode each : list) {
      if (each.get("id").asLong() == id) {
        return each;
      }
    }
    throw new AssertionError("no situation " + id);
  }

  private void opensInLibreOffice(byte[] odt) throws Exception {
    Path soffice = Path.of("/usr/bin/soffice");
    assumeTrue(Files.isExecutable(soffice), "LibreOffice (soffice) is missing: the result report was not opened in it. "
        + "Install it with `apt-get install -y libreoffice-writer-nogui` to run this check.");
    Path dir = Files.createTempDirectory("special-period-report");
    Path file = dir.resolve("report.odt");
    Files.write(file, odt);
    Process convert = new ProcessBuilder(soffice.toString(), "-env:UserInstallation=file://" + dir.resolve("profile"), "--headless",
        "--convert-to", "pdf", "--outdir", dir.toString(), file.toString()).redirectErrorStream(true).start();
    assertThat(convert.waitFor(180, TimeUnit.SECONDS)).isTrue();
    assertThat(dir.resolve("report.pdf")).exists();
    assertThat(Files.size(dir.resolve("report.pdf"))).isGreaterThan(1000);
  }

  private List<MimeMessage> mails(String subject) throws Exception {
    List<MimeMessage> found = new ArrayList<>();
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (MimeMessage m : smtp.getReceivedMessages()) {
      if (m.getSubject().contains(subject) && seen.add(m.getMessageID())) {
        found.add(m);
      }
    }
    return found;
  }

  /** Runs every job of this plan that is due on the engine's clock (timers), as the job executor would. */
  private void runDue(String pi) {
    for (Job job : managementService.createJobQuery().processInstanceId(pi).duedateLowerThan(ClockUtil.getCurrentTime()).list()) {
      managementService.executeJob(job.getId());
    }
    for (Job job : managementService.createJobQuery().processInstanceId(pi).duedateLowerThan(
        new java.util.Date(ClockUtil.getCurrentTime().getTime() + 1)).list()) {
      managementService.executeJob(job.getId());
    }
  }

  private void deliverMail() {
    for (Job job : managementService.createJobQuery().processDefinitionKey("mail-delivery").executable().list()) {
      managementService.executeJob(job.getId());
    }
  }

  private List<Task> task(String pi, String key) {
    return taskService.createTaskQuery().processInstanceId(pi).taskDefinitionKey(key).list();
  }

  private String unitOf(Task t) {
    return taskService.getIdentityLinksForTask(t.getId()).stream().filter(l -> l.getGroupId() != null).findFirst().orElseThrow()
        .getGroupId();
  }

  private static void done(ResponseEntity<String> response) {
    assertThat(response.getStatusCode().is2xxSuccessful()).as(response.getBody()).isTrue();
  }
}
