package tw.gov.securitymeeting.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import tw.gov.securitymeeting.ApplicationTest;
import tw.gov.securitymeeting.TasklistBrowser;
import tw.gov.securitymeeting.system.RocDates;

/**
 * 「資安事件數位證據保全」 in Tasklist, in a real browser: a clerk reports an incident with the start form
 * (date and time pickers, Taipei time), an awareness time in the future is refused in Chinese, and a
 * candidate of 「通報資安事件」 records the notification.
 */
@ApplicationTest
class IncidentBrowserIT {

  @RegisterExtension static final TasklistBrowser browser = new TasklistBrowser();

  static final String PROCESS = "digital-evidence-preservation";
  static final DateTimeFormatter PICKER_DATE = DateTimeFormatter.ofPattern("MM/dd/yyyy");
  static final DateTimeFormatter PICKER_TIME = DateTimeFormatter.ofPattern("HH:mm");

  @Autowired TestRestTemplate http;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  final ObjectMapper json = new ObjectMapper();

  @Test
  void shouldLetAClerkReportAnIncidentAndTheUnitRecordItsNotification() throws IOException {
    String description = "教育處網站首頁遭置換 " + UUID.randomUUID().toString().substring(0, 8);
    // On the pickers' five-minute grid, a little in the past.
    LocalDateTime now = LocalDateTime.now(RocDates.TAIPEI);
    LocalDateTime awareAt = now.minusMinutes(20).truncatedTo(ChronoUnit.HOURS)
        .plusMinutes(now.minusMinutes(20).getMinute() / 5 * 5L);
    LocalDateTime occurredAt = awareAt.minusMinutes(30);
    LocalDateTime future = awareAt.plusDays(1);

    browser.signIn("education-clerk");
    browser.startProcess("資安事件數位證據保全");
    browser.visible(By.xpath("//div[contains(@class, 'modal')]//label[starts-with(normalize-space(.), '事件經過')]"));
    browser.type("description", description);
    dateTime("occurredAt", occurredAt);
    // Awareness tomorrow: the engine refuses the report and Tasklist says why, in Chinese.
    dateTime("awareAt", future);
    browser.type("systems", "教育處全球資訊網（www.example.gov.tw/education）");
    browser.type("reporter", "教育處承辦人");
    browser.pick("unit", "教育處");
    browser.pick("level", "第 2 級");

    browser.click(browser.startButton());
    By refused = browser.startRefusal("「知悉時間」不可晚於現在");
    WebElement refusal = browser.visible(refused);
    assertThat(refusal.getText()).contains(browser.label("PROCESS_START_ERROR"));
    assertThat(instances(description)).isZero();
    browser.dismiss(refused);

    dateTime("awareAt", awareAt);
    browser.scrollTo(browser.visible(By.cssSelector("input[id$='field-awareAt-time']")));
    browser.screenshot("tasklist-incident-report.png", browser.visible(By.cssSelector(".modal-content")));
    browser.click(browser.startButton());
    browser.notification(browser.label("PROCESS_START_OK"));

    ProcessInstance instance = browser.await().until(d -> runtimeService.createProcessInstanceQuery()
        .processDefinitionKey(PROCESS).variableValueEquals("description", description).singleResult());
    long id = ((Number) runtimeService.getVariable(instance.getId(), "incidentId")).longValue();
    JsonNode incident = incident(id);
    assertThat(OffsetDateTime.parse(incident.get("awareAt").asText()).toInstant())
        .isEqualTo(awareAt.atZone(RocDates.TAIPEI).toInstant());
    assertThat(OffsetDateTime.parse(incident.get("occurredAt").asText()).toInstant())
        .isEqualTo(occurredAt.atZone(RocDates.TAIPEI).toInstant());
    assertThat(incident.get("awareAtText").asText()).isEqualTo(RocDates.format(awareAt.atZone(RocDates.TAIPEI).toInstant()));
    assertThat(incident.get("unit").asText()).isEqualTo("education");
    assertThat(incident.get("level").asInt()).isEqualTo(2);
    Task notify = taskService.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey("notify-incident").singleResult();
    assertThat(notify.getDueDate().toInstant())
        .isEqualTo(awareAt.atZone(RocDates.TAIPEI).toInstant().plus(Duration.ofHours(1)));

    // 綜合規劃處 is a candidate of 「通報資安事件」 for any unit's incident.
    LocalDateTime notifiedAt = awareAt.plusMinutes(10);
    browser.signIn("planning-clerk");
    browser.filter("本單位待辦");
    browser.click(browser.visible(browser.taskLink(notify.getId())));
    browser.await().until(d -> d.findElement(By.cssSelector("textarea[id$='field-incidentSummary']")).getAttribute("value")
        .contains(description));
    browser.claim();
    browser.type("notifyChannel", "國家資通安全通報應變網站");
    browser.type("notifyReference", "TWCERT-2026-0001");
    dateTime("notifiedAt", notifiedAt);
    browser.complete();

    browser.await().until(d -> taskService.createTaskQuery().processInstanceId(instance.getId())
        .taskDefinitionKey("form-task-force").count() == 1);
    JsonNode notification = incident(id).get("notification");
    assertThat(notification.get("channel").asText()).isEqualTo("國家資通安全通報應變網站");
    assertThat(notification.get("reference").asText()).isEqualTo("TWCERT-2026-0001");
    assertThat(OffsetDateTime.parse(notification.get("notifiedAt").asText()).toInstant())
        .isEqualTo(notifiedAt.atZone(RocDates.TAIPEI).toInstant());
    assertThat(notification.get("deadlineMet").asBoolean()).isTrue();

    // 綜合規劃處 names the task force by ticking people of 綜合規劃處, 政風處 and 教育處.
    Task formTaskForce = taskService.createTaskQuery().processInstanceId(instance.getId())
        .taskDefinitionKey("form-task-force").singleResult();
    browser.click(browser.visible(browser.taskLink(formTaskForce.getId())));
    browser.claim();
    browser.check("工作小組成員", "教育處承辦人（教育處）");
    browser.check("工作小組成員", "政風處承辦人（政風處）");
    browser.complete();

    browser.await().until(d -> taskService.createTaskQuery().processInstanceId(instance.getId())
        .taskDefinitionKey("preserve-scene").count() == 1);
    assertThat(incident(id).get("members").findValuesAsText("id")).containsExactlyInAnyOrder("education-clerk", "ethics-clerk");
  }

  private void dateTime(String key, LocalDateTime at) {
    browser.date(key, at.format(PICKER_DATE));
    browser.time(key, at.format(PICKER_TIME));
  }

  private long instances(String description) {
    return runtimeService.createProcessInstanceQuery().processDefinitionKey(PROCESS)
        .variableValueEquals("description", description).count();
  }

  /** The incident as an overseer (政風處) reads it from GET /api/incidents/{id}. */
  private JsonNode incident(long id) throws IOException {
    return json.readTree(http.withBasicAuth("ethics-clerk", "demo").getForObject("/api/incidents/" + id, String.class));
  }
}
