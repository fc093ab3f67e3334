package tw.gov.securitymeeting.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import tw.gov.securitymeeting.ApplicationTest;
import tw.gov.securitymeeting.TasklistBrowser;

/**
 * The meetings pages in a real browser: the secretariat signs in through /sign-in, finds the meeting under 「會議」,
 * sees a refusal of the rulings API in Chinese, then enters the rulings for the whole table with one item
 * continued and 「其餘准予備查」.
 */
@ApplicationTest
class MeetingPagesBrowserIT {

  @RegisterExtension static final TasklistBrowser browser = new TasklistBrowser();

  @Autowired MeetingRegistration registration;
  @Autowired FollowUpRepository repository;
  @Autowired TaskService taskService;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void shouldEnterTheRulingsForTheWholeTableWithTheRestApproved() throws Exception {
    ClockUtil.setCurrentTime(Date.from(LocalDate.of(2016, 10, 20).atStartOfDay(ZoneId.of("Asia/Taipei")).toInstant()));
    String series = "瀏覽器會報 " + UUID.randomUUID().toString().substring(0, 8);
    MeetingRegistration.RegisteredMeeting earlier = registration.register(new ValidMeeting(series, series + " 第1次",
        LocalDate.of(2016, 6, 15), LocalDate.of(2016, 10, 19),
        List.of(FollowUpFixtures.item("一", "ethics"), FollowUpFixtures.item("二", "planning"), FollowUpFixtures.item("三", "education"))),
        "ethics-clerk");
    long meeting = registration.register(new ValidMeeting(series, series + " 第2次", LocalDate.of(2016, 10, 19), LocalDate.of(2017, 1, 18),
        List.of(FollowUpFixtures.item("一", "construction")), new MeetingDetails("105年第2次", null, "本府4樓402會議室", "吳副縣長", "郭雅雯", null)),
        "ethics-clerk").id();
    earlier.items().forEach(this::bringToTheChair);
    ClockUtil.reset();

    browser.open("/meetings/" + meeting);
    WebElement signIn = browser.visible(By.id("sign-in-form"));
    signIn.findElement(By.name("username")).sendKeys("ethics-clerk");
    signIn.findElement(By.name("password")).sendKeys("demo");
    browser.click(signIn.findElement(By.cssSelector("button[type=submit]")));
    browser.visible(By.xpath("//h1[. = '" + series + " 第2次（105年第2次）']"));
    assertThat(browser.driver().findElement(By.cssSelector("dl.meeting-fields")).getText()).contains("本府4樓402會議室", "吳副縣長", "郭雅雯");
    assertThat(browser.driver().findElement(By.id("agenda-odt")).getAttribute("href")).endsWith("/api/meetings/" + meeting + "/agenda-report?format=odt");

    // 繼續列管 without an instruction: the API's Chinese refusal on the page, nothing ruled.
    WebElement two = row(earlier.items().get(1).id());
    browser.click(two.findElement(By.cssSelector("input[value=continue]")));
    browser.click(browser.driver().findElement(By.cssSelector("#rulings button[type=submit]")));
    browser.await().until(ExpectedConditions.textMatches(By.id("ruling-result"), java.util.regex.Pattern.compile("續辦指示")));
    assertThat(browser.driver().findElement(By.id("ruling-result")).getAttribute("class")).contains("error");
    assertThat(repository.item(earlier.items().get(0).id()).status()).isEqualTo(ItemStatus.AWAITING_CHAIR);

    two.findElement(By.name("instruction")).sendKeys("請綜合規劃處再辦理一次演練");
    LocalDate newDueDate = tw.gov.securitymeeting.system.RocDates.today().plusMonths(3);
    ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1];", two.findElement(By.name("newDueDate")),
        newDueDate.toString());
    browser.click(browser.driver().findElement(By.id("others-approved")));
    browser.click(browser.driver().findElement(By.cssSelector("#rulings button[type=submit]")));
    browser.await().until(ExpectedConditions.textToBe(By.id("ruling-result"), "已登錄 3 項主席裁示。"));
    browser.screenshot("meeting-rulings-page.png");

    assertThat(repository.item(earlier.items().get(0).id()).status()).isEqualTo(ItemStatus.CLOSED);
    assertThat(repository.item(earlier.items().get(2).id()).status()).isEqualTo(ItemStatus.CLOSED);
    FollowUpRepository.ItemRow continued = repository.item(earlier.items().get(1).id());
    assertThat(continued.status()).isEqualTo(ItemStatus.OPEN);
    assertThat(continued.dueDate()).isEqualTo(newDueDate);
    assertThat(repository.currentRound(continued.id()).instruction()).isEqualTo("請綜合規劃處再辦理一次演練");

    // The list page under 「會議」 in the navigation bar links to the meeting.
    browser.open("/meetings");
    assertThat(browser.visible(By.cssSelector("nav a[aria-current=page]")).getText()).isEqualTo("會議");
    browser.visible(By.xpath("//table[@class='meetings']//a[@href='/meetings/" + meeting + "']"));
    browser.open("/meetings/" + meeting);
    browser.visible(By.id("no-rulings"));

    // Corrections from the page: nothing chosen is refused on the page; a unit change moves the open task.
    WebElement correct = browser.visible(By.id("correct-item"));
    browser.click(correct.findElement(By.cssSelector("button[type=submit]")));
    browser.await().until(ExpectedConditions.textToBe(By.id("correct-result"), "請填寫或勾選要更正的欄位。"));
    browser.click(correct.findElement(By.cssSelector("input[name=leadUnits][value=education]")));
    browser.click(correct.findElement(By.cssSelector("button[type=submit]")));
    browser.await().until(ExpectedConditions.textToBe(By.id("correct-result"), "已更正「一」，頁面即將重新整理。"));
    FollowUpRepository.ItemRow corrected = repository.items(meeting).get(0);
    assertThat(corrected.leadUnits()).containsExactly("education");
    assertThat(taskService.createTaskQuery().processInstanceId(corrected.processInstanceId()).taskDefinitionKey("report-progress")
        .taskCandidateGroup("education").count()).isEqualTo(1);
    assertThat(taskService.createTaskQuery().processInstanceId(corrected.processInstanceId()).taskCandidateGroup("construction").count())
        .isZero();

    // An item missed at registration, added from the page.
    browser.open("/meetings/" + meeting);
    WebElement add = browser.visible(By.id("add-item"));
    add.findElement(By.name("number")).sendKeys("二");
    add.findElement(By.name("subject")).sendKeys("漏列之臨時動議");
    browser.click(add.findElement(By.cssSelector("input[name=leadUnits][value=ethics]")));
    browser.click(add.findElement(By.cssSelector("button[type=submit]")));
    browser.await().until(ExpectedConditions.textToBe(By.id("add-result"), "已新增「二」並交主辦單位填報，頁面即將重新整理。"));
    assertThat(repository.items(meeting)).extracting(FollowUpRepository.ItemRow::number).containsExactly("一", "二");
  }

  private WebElement row(long itemId) {
    return browser.visible(By.cssSelector("tr.ruling[data-item='" + itemId + "']"));
  }

  private void bringToTheChair(MeetingRegistration.RegisteredItem item) {
    for (Task report : taskService.createTaskQuery().processInstanceId(item.processInstanceId()).taskDefinitionKey("report-progress").list()) {
      taskService.complete(report.getId(), Map.of("status", "DONE", "progress", "已辦理", "suggestion", "close"));
    }
    Task review = taskService.createTaskQuery().processInstanceId(item.processInstanceId()).taskDefinitionKey("secretariat-review").singleResult();
    taskService.complete(review.getId(), Map.of("recommendation", "close", "consolidatedProgress", "已辦理"));
  }
}
