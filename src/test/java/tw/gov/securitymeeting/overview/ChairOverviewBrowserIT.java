package tw.gov.securitymeeting.overview;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
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
import tw.gov.securitymeeting.TasklistBrowser;
import tw.gov.securitymeeting.system.RocDates;

/**
 * The chair signs in to Tasklist once, opens 總覽 with that session, sees a late item at 建設處, opens its page with the
 * highlighted diagram and fetches the ODS; 教育處's head sees none of it and is refused 建設處's statistics.
 */
@ApplicationTest
class ChairOverviewBrowserIT {

  @RegisterExtension static final TasklistBrowser browser = new TasklistBrowser();

  @Autowired TestRestTemplate http;
  @Autowired JdbcTemplate jdbc;

  @Test
  void shouldShowTheChairWhatIsLateAndWhere() throws Exception {
    long itemId = lateItemOfConstruction();

    browser.signIn("chair");
    browser.open("/");
    WebElement row = browser.visible(By.xpath("//table[@id='overdue']//tr[@data-item-id='" + itemId + "']"));
    assertThat(row.findElement(By.className("waits-at")).getText()).isEqualTo("建設處（填報辦理情形）");
    browser.screenshot("chair-overview.png");

    browser.click(row.findElement(By.tagName("a")));
    WebElement step = browser.visible(By.xpath("//*[local-name()='g' and @data-element-id='report-progress']"));
    assertThat(step.getAttribute("class")).contains("current");
    assertThat(browser.visible(By.id("current-steps")).getText()).isEqualTo("填報辦理情形");
    assertThat(browser.visible(By.id("cockpit-link")).getAttribute("href")).contains("/camunda/app/cockpit/default/#/process-instance/");
    browser.screenshot("item-page.png");

    browser.open("/statistics");
    browser.visible(By.id("unit-bars"));
    Object answer = ((JavascriptExecutor) browser.driver()).executeAsyncScript("""
        const done = arguments[arguments.length - 1];
        fetch(document.getElementById('ods-link').href).then(r => r.arrayBuffer().then(b =>
          done(r.status + ' ' + r.headers.get('content-type') + ' ' + b.byteLength)));""");
    assertThat(String.valueOf(answer)).startsWith("200 " + StatisticsExports.ODS);
    assertThat(Long.parseLong(String.valueOf(answer).replaceAll("^.* ", ""))).isGreaterThan(1000);

    browser.signIn("education-head");
    browser.open("/");
    browser.visible(By.id("overdue"));
    assertThat(browser.driver().getPageSource()).contains("僅顯示：教育處").doesNotContain("data-item-id=\"" + itemId + "\"");
    browser.open("/items/" + itemId);
    browser.visible(By.xpath("//p[contains(@class, 'error')][contains(., '找不到這個列管事項')]"));
    browser.open("/statistics?unit=construction");
    browser.visible(By.xpath("//p[contains(@class, 'error')][contains(., '您只能查看本單位的統計')]"));
  }

  /** A meeting registered as the secretariat does; its due date then moved into the past in the read model. */
  private long lateItemOfConstruction() {
    String title = "瀏覽器測試會報 " + UUID.randomUUID();
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    ResponseEntity<String> answer = http.withBasicAuth("ethics-clerk", "demo").exchange("/api/meetings", HttpMethod.POST, new HttpEntity<>("""
        {"title": "%s", "heldOn": "2026-10-21", "nextMeetingOn": "2027-01-20",
         "items": [{"number": "提案二", "kind": "PROPOSAL", "subject": "路燈螺栓過長", "leadUnits": ["construction"]}]}""".formatted(title),
        headers), String.class);
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    long itemId = jdbc.queryForObject("select i.id from app_follow_up_item i join app_meeting m on m.id = i.meeting_id where m.title = ?",
        Long.class, title);
    jdbc.update("update app_follow_up_item set due_date = ? where id = ?", RocDates.today().minusDays(20), itemId);
    jdbc.update("update app_follow_up_round set due_date = ? where item_id = ?", RocDates.today().minusDays(20), itemId);
    return itemId;
  }
}
