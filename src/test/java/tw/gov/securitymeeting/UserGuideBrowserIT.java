package tw.gov.securitymeeting;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The screenshots of the user guide (docs/使用說明.md), taken of the real application while each role does its
 * part: a unit clerk reports progress and sends a notice, the unit's head reviews it, 政風處 registers a meeting
 * and compiles the reports, the chair rules, the administrator opens Admin. The pictures always go to
 * target/screenshots/; with {@code -Dguide.screenshots=true} they also replace those in docs/images/guide/:
 *
 * <pre>./mvnw -B verify -Dit.test=UserGuideBrowserIT -Dtest=NoSuchTest -Dsurefire.failIfNoSpecifiedTests=false -Dguide.screenshots=true</pre>
 */
@ApplicationTest
class UserGuideBrowserIT {

  static final Path GUIDE = Path.of("docs", "images", "guide");
  static final DateTimeFormatter PICKER_DATE = DateTimeFormatter.ofPattern("MM/dd/yyyy");

  @RegisterExtension static final TasklistBrowser browser = new TasklistBrowser();

  @Autowired TestRestTemplate http;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  final ObjectMapper json = new ObjectMapper();

  @Test
  void shouldWalkEveryRoleThroughItsWorkForTheGuide() throws IOException {
    String marker = UUID.randomUUID().toString().substring(0, 4);
    String subject = "加強校園公務機密維護宣導（" + marker + "）";
    String instance = registerMeeting(subject);

    // 政風處: the start form that registers a meeting (closed again: the meeting above came through the API).
    browser.signIn("ethics-clerk");
    browser.startProcess("登錄會報決議事項");
    browser.visible(By.cssSelector("input[id$='field-title']")).sendKeys("嘉義縣政府115年第4次安全維護會報");
    browser.date("heldOn", "12/01/2026");
    picture("ethics-register-meeting.png", By.cssSelector(".modal-content"));
    browser.driver().findElement(By.tagName("body")).sendKeys(Keys.ESCAPE);

    // 承辦人: the unit's list and its report.
    browser.signIn("education-clerk");
    browser.filter("本單位待辦");
    browser.visible(browser.task(subject));
    picture("clerk-tasklist.png", null);
    browser.openTask(subject);
    browser.claim();
    browser.choose("辦理狀態", "已完成");
    browser.type("progress", "已於115年12月10日函送所屬學校宣導公務機密維護，並完成抽查。");
    browser.choose("建議", "建議解除列管");
    picture("clerk-report-progress.png", By.cssSelector(".column-right.task-details"));
    browser.complete();
    Task review = browser.await().until(d -> taskAt(instance, "secretariat-review"));

    // 政風處: compiles the units' reports.
    browser.signIn("ethics-clerk");
    browser.openTaskById(review.getId());
    browser.claim();
    browser.choose("幕僚單位建議", "擬解除列管");
    picture("ethics-secretariat-review.png", By.cssSelector(".column-right.task-details"));
    browser.complete();
    Task ruling = browser.await().until(d -> taskAt(instance, "chair-ruling"));

    // 主席: rules on the item.
    browser.signIn("chair");
    browser.openTaskById(ruling.getId());
    browser.claim();
    browser.choose("裁示", "准予備查，解除列管");
    picture("chair-ruling.png", By.cssSelector(".column-right.task-details"));

    // 承辦人 sends a notice for review; 單位主管 reviews it.
    browser.signIn("education-clerk");
    browser.startProcess("上網公告資訊複核");
    browser.type("title", "教育處寒假校園開放公告（" + marker + "）");
    browser.type("noticeText", "本處所屬學校寒假期間開放操場供民眾運動，請遵守校園安全規定。");
    browser.type("targetUrl", "https://www.example.gov.tw/education/news/" + marker);
    browser.date("desiredDate", LocalDate.now().plusDays(3).format(PICKER_DATE));
    picture("clerk-publication-start.png", By.cssSelector(".modal-content"));
    browser.click(browser.startButton());
    browser.notification(browser.label("PROCESS_START_OK"));
    Task check = browser.await().until(d -> reviewTask("教育處寒假校園開放公告（" + marker + "）"));

    browser.signIn("education-head");
    browser.filter("待我複核的公告");
    browser.click(browser.visible(browser.taskLink(check.getId())));
    browser.claim();
    browser.choose("複核結果", "核可上網");
    picture("head-publication-review.png", By.cssSelector(".column-right.task-details"));

    // 系統管理者: Admin, with the notice about Camunda 8 that only administrators see.
    browser.signIn("admin");
    browser.open("/camunda/app/admin/#/users");
    browser.visible(By.cssSelector(".ce-eol-banner"));
    browser.visible(By.xpath("//td[normalize-space(.) = 'education-clerk'] | //a[normalize-space(.) = 'education-clerk']"));
    picture("admin-users.png", null);
  }

  /** Registers a meeting with one item for 教育處 through the API, as 政風處; the item's process instance. */
  private String registerMeeting(String subject) throws IOException {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    String body = """
        {"title": "嘉義縣政府115年第3次安全維護會報", "heldOn": "2026-12-01", "nextMeetingOn": "2027-03-01",
         "items": [{"number": "一", "kind": "INSTRUCTION", "subject": "%s", "decision": "請教育處轉知所屬學校加強宣導", "leadUnits": ["education"]}]}
        """.formatted(subject);
    ResponseEntity<String> response = http.withBasicAuth("ethics-clerk", "demo")
        .exchange("/api/meetings", HttpMethod.POST, new HttpEntity<>(body, headers), String.class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    JsonNode meeting = json.readTree(response.getBody());
    return meeting.get("items").get(0).get("processInstanceId").asText();
  }

  private Task taskAt(String instance, String key) {
    return taskService.createTaskQuery().processInstanceId(instance).taskDefinitionKey(key).singleResult();
  }

  /** The review task of a notice, once its scan (an asynchronous job the test runs) is done. */
  private Task reviewTask(String title) {
    ProcessInstance notice = runtimeService.createProcessInstanceQuery().processDefinitionKey("publication-review")
        .variableValueEquals("title", title).singleResult();
    if (notice == null) {
      return null;
    }
    for (Job job : managementService.createJobQuery().processInstanceId(notice.getId()).executable().list()) {
      managementService.executeJob(job.getId());
    }
    return taskAt(notice.getId(), "review-publication");
  }

  /** A screenshot of the window or one area, into target/screenshots/ and, when asked for, docs/images/guide/. */
  private void picture(String name, By area) throws IOException {
    if (area == null) {
      browser.screenshot("guide-" + name);
    } else {
      browser.screenshot("guide-" + name, browser.visible(area));
    }
    if (Boolean.getBoolean("guide.screenshots")) {
      Files.createDirectories(GUIDE);
      Files.copy(TasklistBrowser.SCREENSHOTS.resolve("guide-" + name), GUIDE.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
