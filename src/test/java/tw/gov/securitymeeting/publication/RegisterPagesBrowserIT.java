package tw.gov.securitymeeting.publication;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import tw.gov.securitymeeting.ApplicationTest;
import tw.gov.securitymeeting.TasklistBrowser;
import tw.gov.securitymeeting.publication.scan.Finding;
import tw.gov.securitymeeting.publication.scan.FindingKind;
import tw.gov.securitymeeting.system.RocDates;

/**
 * The three register pages in a real browser: the chair signs in through the sign-in page, opens 公告複核登記簿,
 * 資安事件 and 郵件紀錄 from the navigation bar, filters each and opens a record.
 */
@ApplicationTest
class RegisterPagesBrowserIT {

  @RegisterExtension static final TasklistBrowser browser = new TasklistBrowser();

  @Autowired PublicationRepository repository;
  @Autowired TestRestTemplate http;
  @Autowired JdbcTemplate jdbc;

  @Test
  void shouldOpenFilterAndReadEachRegisterFromTheNavigationBar() throws Exception {
    String tag = UUID.randomUUID().toString().substring(0, 8);
    long notice = returnedNotice("親子閱讀活動 " + tag);
    repository.insert(new ValidPublication("檢查中公告 " + tag, "內容", "https://www.example.gov.tw/2", "education",
        LocalDate.now().plusDays(2), null, List.of()), "education-clerk", Instant.now());
    long incident = incident("網站首頁遭置換 " + tag);
    mail("教育處待辦逾期 " + tag, "SENT");
    mail("建設處寄送失敗 " + tag, "FAILED");

    // Signed out: the sign-in page, then back where the browser was going.
    browser.open("/mails");
    WebElement form = browser.visible(By.id("sign-in-form"));
    form.findElement(By.name("username")).sendKeys("chair");
    form.findElement(By.name("password")).sendKeys("demo");
    browser.click(form.findElement(By.cssSelector("button[type=submit]")));
    browser.visible(By.xpath("//h1[. = '郵件紀錄']"));

    // 公告複核登記簿: filter by status and unit, open the notice.
    browser.click(browser.visible(By.xpath("//header//nav//a[. = '公告複核登記簿']")));
    browser.visible(By.xpath("//h1[. = '公告複核登記簿']"));
    new Select(browser.visible(By.name("status"))).selectByVisibleText("退回修正");
    new Select(browser.visible(By.name("unit"))).selectByVisibleText("教育處");
    browser.click(browser.visible(By.xpath("//form[@class='filters']//button")));
    browser.visible(By.xpath("//table[@id='register']//a[. = '親子閱讀活動 " + tag + "']"));
    assertThat(browser.driver().getPageSource()).doesNotContain("檢查中公告 " + tag);
    assertThat(browser.visible(By.cssSelector("nav a[aria-current=page]")).getText()).isEqualTo("公告複核登記簿");
    browser.click(browser.visible(By.xpath("//table[@id='register']//a[. = '親子閱讀活動 " + tag + "']")));
    browser.visible(By.xpath("//table[@id='history']//td[. = '第 1 次複核：退回修正']"));
    assertThat(browser.driver().getCurrentUrl()).endsWith("/publications/" + notice);
    browser.screenshot("register-publication.png");

    // 資安事件: filter by status, open the incident.
    browser.click(browser.visible(By.xpath("//header//nav//a[. = '資安事件']")));
    new Select(browser.visible(By.name("status"))).selectByVisibleText("已結案");
    browser.click(browser.visible(By.xpath("//form[@class='filters']//button")));
    browser.visible(By.xpath("//main//p[contains(., '沒有符合條件的資安事件') or @id='count']"));
    assertThat(browser.driver().findElements(By.xpath("//a[contains(., '網站首頁遭置換 " + tag + "')]"))).isEmpty();
    new Select(browser.visible(By.name("status"))).selectByVisibleText("通報中");
    browser.click(browser.visible(By.xpath("//form[@class='filters']//button")));
    browser.click(browser.visible(By.xpath("//table[@id='incidents']//a[contains(., '網站首頁遭置換 " + tag + "')]")));
    browser.visible(By.xpath("//table[@id='steps']//td[. = '通報資安事件']"));
    assertThat(browser.driver().getCurrentUrl()).endsWith("/incidents/" + incident);
    browser.visible(By.xpath("//ul[@id='documents']//a[contains(@href, '/api/incidents/" + incident + "/report')]"));

    // 郵件紀錄: filter by status.
    browser.click(browser.visible(By.xpath("//header//nav//a[. = '郵件紀錄']")));
    new Select(browser.visible(By.name("status"))).selectByVisibleText("寄送失敗");
    browser.click(browser.visible(By.xpath("//form[@class='filters']//button")));
    browser.visible(By.xpath("//table[@id='mails']//td[. = '建設處寄送失敗 " + tag + "']"));
    assertThat(browser.driver().getPageSource()).doesNotContain("教育處待辦逾期 " + tag);
    browser.screenshot("register-mails.png");
  }

  private long returnedNotice(String title) {
    long id = repository.insert(new ValidPublication(title, "活動名單請見附件。", "https://www.example.gov.tw/1", "education",
        LocalDate.now().plusDays(2), null, List.of()), "education-clerk", Instant.now());
    repository.recordScan(id, List.of(new Finding(FindingKind.NATIONAL_ID, "名單.xlsx", "工作表1!B2", "A123****89")), false, Instant.now());
    repository.recordReview(id, 1, "education-head", "return", "請刪除名單中的身分證號", null, PublicationStatus.RETURNED, Instant.now());
    return id;
  }

  private long incident(String description) throws Exception {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    LocalDateTime aware = LocalDateTime.now(RocDates.TAIPEI).minusMinutes(30);
    String body = """
        {"description": "%s", "occurredAt": "%s", "awareAt": "%s", "systems": "網站", "reporter": "教育處承辦人",
         "unit": "education", "level": 2}""".formatted(description, aware.minusMinutes(30).format(MINUTES), aware.format(MINUTES));
    String answer = http.withBasicAuth("education-clerk", "demo").postForObject("/api/incidents", new HttpEntity<>(body, headers), String.class);
    return new com.fasterxml.jackson.databind.ObjectMapper().readTree(answer).get("id").asLong();
  }

  private void mail(String subject, String status) {
    jdbc.update("""
        insert into app_mail (dedup_key, kind, task_id, recipients, subject, body_text, body_html, status, attempts, created_at)
        values (?, 'OVERDUE', ?, 'education@example.gov.tw', ?, '', '', ?, 1, ?)""", "browser-" + UUID.randomUUID(),
        "task-" + UUID.randomUUID(), subject, status, Timestamp.from(Instant.now()));
  }

  private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");
}
