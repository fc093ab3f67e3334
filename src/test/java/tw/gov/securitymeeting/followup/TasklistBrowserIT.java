package tw.gov.securitymeeting.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import tw.gov.securitymeeting.ApplicationTest;
import tw.gov.securitymeeting.TasklistBrowser;

/**
 * Tasklist in a real browser (Debian's Chromium, headless, Traditional Chinese): a unit reports
 * progress on its task through the Camunda Form, and the secretariat registers a meeting through
 * the start form of 「登錄會報決議事項」 with its dynamic list. Screenshots go to target/screenshots/.
 */
@ApplicationTest
class TasklistBrowserIT {

  @RegisterExtension static final TasklistBrowser browser = new TasklistBrowser();

  @Autowired MeetingRegistration registration;
  @Autowired MeetingQueries queries;
  @Autowired TaskService taskService;

  @Test
  void shouldLetAUnitReportProgressThroughTheChineseTaskForm() throws IOException {
    String marker = UUID.randomUUID().toString().substring(0, 8);
    ValidMeeting meeting = new ValidMeeting("瀏覽器測試會報 " + marker, LocalDate.of(2016, 10, 19), LocalDate.of(2017, 1, 18), List.of(
        new ValidMeeting.Item("一", ItemKind.RESOLUTION, "政風處案由 " + marker, "請政風處加強公務機密維護宣導", List.of("ethics"), null),
        new ValidMeeting.Item("二", ItemKind.RESOLUTION, "綜合規劃處案由 " + marker, "請綜合規劃處檢討門禁管制", List.of("planning"), null)));
    var registered = registration.register(meeting, "ethics-clerk");
    String ethicsItem = registered.items().get(0).processInstanceId();

    browser.signIn("ethics-clerk");

    // Tasklist speaks Traditional Chinese: the header's 「啟動流程」 and the filters.
    assertThat(browser.visible(By.xpath("//a[contains(normalize-space(.), '" + browser.label("START_PROCESS") + "')]")).isDisplayed()).isTrue();
    browser.filter("本單位待辦");
    browser.visible(browser.task("政風處案由 " + marker));
    assertThat(browser.driver().findElements(browser.task("綜合規劃處案由 " + marker)))
        .isEmpty();

    browser.openTask("政風處案由 " + marker);
    browser.visible(By.xpath("//div[contains(@class, 'fjs-form-field-radio')]/label[starts-with(normalize-space(.), '辦理狀態')]"));
    browser.visible(By.xpath("//div[contains(@class, 'fjs-form-field-textarea')]/label[starts-with(normalize-space(.), '辦理情形')]"));
    browser.await().until(d -> ("政風處案由 " + marker)
        .equals(d.findElement(By.cssSelector("textarea[id$='field-subject']")).getAttribute("value")));

    browser.claim();

    browser.choose("辦理狀態", "已完成");
    WebElement progress = browser.visible(By.cssSelector("textarea[id$='field-progress']"));
    progress.sendKeys("已於105年11月1日函送各單位宣導公務機密維護，並完成抽查。");
    browser.choose("建議", "建議解除列管");
    browser.scrollTo(progress);
    browser.screenshot("tasklist-report-progress.png");

    browser.complete();

    Task next = browser.await().until(d -> Optional.ofNullable(taskService.createTaskQuery().processInstanceId(ethicsItem).singleResult())
        .filter(t -> "secretariat-review".equals(t.getTaskDefinitionKey())).orElse(null));
    assertThat(next.getName()).isEqualTo("彙整辦理情形");
    MeetingViews.Report report = queries.meeting(registered.id()).orElseThrow().items().get(0).rounds().get(0).reports().get(0);
    assertThat(report.status()).isEqualTo("DONE");
    assertThat(report.progress()).startsWith("已於105年11月1日");
    assertThat(report.suggestion()).isEqualTo("close");
    assertThat(report.reportedBy()).isEqualTo("ethics-clerk");
  }

  @Test
  void shouldLetTheSecretariatRegisterAMeetingThroughTheStartForm() throws IOException {
    String title = "嘉義縣政府105年第4次安全維護會報 " + UUID.randomUUID().toString().substring(0, 8);
    browser.signIn("ethics-clerk");

    browser.startProcess("登錄會報決議事項");
    browser.visible(By.xpath("//div[contains(@class, 'modal')]//label[starts-with(normalize-space(.), '會議名稱')]"));

    browser.visible(By.cssSelector("input[id$='field-title']")).sendKeys(title);
    browser.date("heldOn", "10/19/2016");
    // A next meeting before this one: the engine refuses it and Tasklist shows why, in Chinese.
    browser.date("nextMeetingOn", "10/01/2016");
    item(0, "一", "主席裁示", "加強公務機密維護宣導", "請各單位轉知所屬同仁注意公務機密維護", "政風處");
    browser.click(browser.visible(By.cssSelector(".fjs-repeat-render-add")));
    item(1, "二", null, "檢討本府門禁管制", null, "綜合規劃處");

    browser.click(browser.startButton());
    By refused = browser.startRefusal("下次開會日期必須晚於開會日期。");
    WebElement refusal = browser.visible(refused);
    assertThat(refusal.getText()).contains(browser.label("PROCESS_START_ERROR"));
    browser.scrollTo(refusal);
    browser.screenshot("tasklist-meeting-registration-refused.png");
    assertThat(queries.meetings()).extracting(MeetingViews.MeetingSummary::title).doesNotContain(title);

    browser.dismiss(refused);

    browser.date("nextMeetingOn", "01/18/2017");
    browser.scrollTo(browser.visible(By.cssSelector("input[id$='field-title']")));
    browser.screenshot("tasklist-meeting-registration.png");
    browser.scrollTo(browser.visible(By.cssSelector("input[id$='field-item-number_1']")));
    browser.screenshot("tasklist-meeting-registration-items.png");

    browser.click(browser.startButton());
    browser.notification(browser.label("PROCESS_START_OK"));
    MeetingViews.MeetingSummary summary = browser.await().until(d -> queries.meetings().stream()
        .filter(m -> m.title().equals(title)).findFirst().orElse(null));

    MeetingViews.Meeting registered = queries.meeting(summary.id()).orElseThrow();
    assertThat(registered.heldOn()).isEqualTo(LocalDate.of(2016, 10, 19));
    assertThat(registered.nextMeetingOn()).isEqualTo(LocalDate.of(2017, 1, 18));
    assertThat(registered.registeredBy()).isEqualTo("ethics-clerk");
    assertThat(registered.items()).extracting(MeetingViews.Item::number).containsExactly("一", "二");
    assertThat(registered.items()).extracting(MeetingViews.Item::kind).containsExactly(ItemKind.INSTRUCTION, ItemKind.RESOLUTION);
    assertThat(registered.items().get(0).decision()).isEqualTo("請各單位轉知所屬同仁注意公務機密維護");
    assertThat(registered.items().get(1).decision()).isNull();
    assertThat(registered.items().get(0).leadUnits()).extracting(MeetingViews.Unit::id).containsExactly("ethics");
    assertThat(registered.items().get(1).leadUnits()).extracting(MeetingViews.Unit::id).containsExactly("planning");
    assertThat(registered.items()).extracting(MeetingViews.Item::dueDate)
        .containsOnly(LocalDate.of(2017, 1, 4));
    for (MeetingViews.Item item : registered.items()) {
      assertThat(taskService.createTaskQuery().processInstanceId(item.processInstanceId()).taskDefinitionKey("report-progress").count())
          .isOne();
    }
  }

  /** Fills one repetition of the dynamic list 「決議事項」. */
  private void item(int index, String number, String kind, String subject, String decision, String unit) {
    String at = "_" + index;
    WebElement numberInput = browser.visible(By.cssSelector("input[id$='field-item-number" + at + "']"));
    browser.scrollTo(numberInput);
    numberInput.sendKeys(number);
    if (kind != null) {
      browser.pick("item-kind" + at, kind);
    }
    browser.driver().findElement(By.cssSelector("textarea[id$='field-item-subject" + at + "']")).sendKeys(subject);
    if (decision != null) {
      browser.driver().findElement(By.cssSelector("textarea[id$='field-item-decision" + at + "']")).sendKeys(decision);
    }
    By checkbox = By.xpath("//label[normalize-space(.) = '" + unit + "']/input[contains(@id, 'field-item-leadUnits" + at + "-')]");
    browser.select(checkbox);
  }
}
