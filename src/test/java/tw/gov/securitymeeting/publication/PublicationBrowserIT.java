package tw.gov.securitymeeting.publication;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import tw.gov.securitymeeting.ApplicationTest;
import tw.gov.securitymeeting.TasklistBrowser;
import tw.gov.securitymeeting.system.RocDates;

/**
 * 「上網公告資訊複核」 in Tasklist, in a real browser: a clerk sends a text notice with the start form, the
 * scan runs, the unit's head finds the review in 「待我複核的公告」, ticks the checklist and approves, and the
 * clerk records where and when the notice went online. The register shows the outcome.
 */
@ApplicationTest
class PublicationBrowserIT {

  @RegisterExtension static final TasklistBrowser browser = new TasklistBrowser();

  static final DateTimeFormatter PICKER_DATE = DateTimeFormatter.ofPattern("MM/dd/yyyy");
  static final DateTimeFormatter PICKER_TIME = DateTimeFormatter.ofPattern("HH:mm");

  @Autowired TestRestTemplate http;
  @Autowired ManagementService managementService;
  @Autowired TaskService taskService;
  final ObjectMapper json = new ObjectMapper();

  @Test
  void shouldLetTheUnitHeadApproveANoticeTheClerkSentAndTheClerkPublishIt() throws IOException {
    String title = "教育處防詐騙宣導 " + UUID.randomUUID().toString().substring(0, 8);
    String url = "https://www.example.gov.tw/education/news/" + UUID.randomUUID().toString().substring(0, 8);
    LocalDateTime now = LocalDateTime.now(RocDates.TAIPEI);

    // The clerk sends a text notice from 「啟動流程」.
    browser.signIn("education-clerk");
    browser.startProcess("上網公告資訊複核");
    browser.visible(By.xpath("//div[contains(@class, 'modal')]//label[starts-with(normalize-space(.), '標題')]"));
    browser.type("title", title);
    browser.type("noticeText", "本處將於本月辦理防詐騙宣導活動，歡迎民眾踴躍參加。洽詢請撥本府總機。");
    browser.type("targetUrl", url);
    // Tomorrow, not today: a run that crosses midnight in Taipei would otherwise send a date the server calls past.
    browser.date("desiredDate", now.toLocalDate().plusDays(1).format(PICKER_DATE));
    browser.click(browser.startButton());
    browser.notification(browser.label("PROCESS_START_OK"));

    JsonNode sent = browser.await().until(d -> notice("education-clerk", title));
    assertThat(sent.get("status").asText()).isEqualTo("SCANNING");
    assertThat(sent.get("drafter").asText()).isEqualTo("education-clerk");
    assertThat(sent.get("unit").asText()).isEqualTo("education");
    String instance = sent.get("processInstanceId").asText();

    // The scan is an asynchronous job; the tests' engine has no job executor, so the test runs it.
    for (Job job : managementService.createJobQuery().processInstanceId(instance).executable().list()) {
      managementService.executeJob(job.getId());
    }
    Task review = taskService.createTaskQuery().processInstanceId(instance).taskDefinitionKey("review-publication").singleResult();
    assertThat(review).isNotNull();
    assertThat(notice("education-clerk", title).get("findingCount").asInt()).isZero();

    // The drafter never sees the review: no 「待我複核的公告」, and the task itself is out of reach.
    browser.signIn("education-clerk");
    assertThat(browser.driver().findElements(
        By.xpath("//div[contains(@class, 'task-filter')]//a[contains(normalize-space(.), '" + ReviewFilter.NAME + "')]"))).isEmpty();
    browser.filter("本單位待辦");
    assertThat(browser.driver().findElements(browser.taskLink(review.getId()))).isEmpty();
    browser.openTaskById(review.getId());
    browser.notification(browser.label("TASK_NOT_EXIST"));
    assertThat(browser.driver().findElements(By.xpath("//button[contains(@class, 'claim')]"))).isEmpty();

    // The unit's head finds it in 「待我複核的公告」, claims it, checks and approves.
    browser.signIn("education-head");
    browser.filter(ReviewFilter.NAME);
    browser.click(browser.visible(browser.taskLink(review.getId())));
    browser.await().until(d -> title.equals(d.findElement(By.cssSelector("input[id$='field-title']")).getAttribute("value")));
    browser.await().until(d -> "教育處承辦人".equals(d.findElement(By.cssSelector("input[id$='field-drafterName']")).getAttribute("value")));
    browser.claim();
    browser.choose("複核結果", "核可上網");
    browser.tick("checkContent");
    browser.tick("checkAttachments");
    browser.tick("checkPersonalData");
    browser.tick("checkSecrets");
    // The findings, the outcome and the ticked checklist in the middle of the picture.
    browser.scrollTo(browser.visible(By.cssSelector("input[id$='field-checkContent']")));
    browser.screenshot("tasklist-publication-review.png", browser.visible(By.cssSelector(".column-right.task-details")));
    browser.complete();

    Task publish = browser.await().until(d -> taskService.createTaskQuery().processInstanceId(instance).taskDefinitionKey("publish").singleResult());
    assertThat(publish.getAssignee()).isEqualTo("education-clerk");
    JsonNode approved = notice("education-clerk", title);
    assertThat(approved.get("status").asText()).isEqualTo("APPROVED");
    assertThat(approved.get("reviewer").asText()).isEqualTo("education-head");
    assertThat(approved.get("outcome").asText()).isEqualTo("approve");

    // The clerk posts it and records the address and the time.
    // The form's time picker keeps its default quarter-hour grid (a typed 13:50 becomes 13:45).
    LocalDateTime postedAt = now.minusMinutes(15).truncatedTo(ChronoUnit.HOURS).plusMinutes(now.minusMinutes(15).getMinute() / 15 * 15L);
    browser.signIn("education-clerk");
    browser.filter("我的待辦");
    browser.click(browser.visible(browser.taskLink(publish.getId())));
    browser.await().until(d -> title.equals(d.findElement(By.cssSelector("input[id$='field-title']")).getAttribute("value")));
    browser.await().until(d -> url.equals(d.findElement(By.cssSelector("input[id$='field-publishedUrl']")).getAttribute("value")));
    browser.date("publishedAt", postedAt.toLocalDate().format(PICKER_DATE));
    browser.time("publishedAt", postedAt.format(PICKER_TIME));
    browser.complete();

    JsonNode published = browser.await().until(d -> {
      JsonNode n = notice("education-clerk", title);
      return "PUBLISHED".equals(n.get("status").asText()) ? n : null;
    });
    assertThat(published.get("publishedUrl").asText()).isEqualTo(url);
    assertThat(OffsetDateTime.parse(published.get("publishedAt").asText()).toInstant()).isEqualTo(postedAt.atZone(RocDates.TAIPEI).toInstant());
    assertThat(taskService.createTaskQuery().processInstanceId(instance).count()).isZero();
  }

  /** The notice with this title in the register (GET /api/publications) as the user sees it, or null. */
  private JsonNode notice(String user, String title) {
    try {
      JsonNode list = json.readTree(http.withBasicAuth(user, "demo").getForObject("/api/publications", String.class));
      return StreamSupport.stream(list.spliterator(), false)
          .filter(n -> title.equals(n.path("title").asText()))
          .findFirst().orElse(null);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
