package tw.gov.securitymeeting.publication;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import tw.gov.securitymeeting.ApplicationTest;
import tw.gov.securitymeeting.TasklistBrowser;
import tw.gov.securitymeeting.system.RocDates;

/**
 * The upload page in a real browser: a signed-out clerk is sent to the sign-in page and back (the page uses that
 * session, as Tasklist does), sends a notice with a
 * spreadsheet attachment, and the task force uploads an evidence file whose SHA-256 the system computes.
 */
@ApplicationTest
class UploadPageBrowserIT {

  @RegisterExtension static final TasklistBrowser browser = new TasklistBrowser();

  @Autowired PublicationRepository repository;
  @Autowired TestRestTemplate http;
  @Autowired JdbcTemplate jdbc;

  @Test
  void shouldSendANoticeWithItsAttachmentAndAnEvidenceFileFromThePage() throws Exception {
    // Signed out: the application's sign-in page, then back on the upload page, which asks for no password itself.
    browser.open("/uploads.html");
    WebElement signIn = browser.visible(By.id("sign-in-form"));
    assertThat(browser.driver().getCurrentUrl()).contains("/sign-in?next=%2Fuploads.html");
    signIn.findElement(By.name("username")).sendKeys("education-clerk");
    signIn.findElement(By.name("password")).sendKeys("demo");
    browser.click(signIn.findElement(By.cssSelector("button[type=submit]")));
    browser.visible(By.xpath("//p[@id='signed-in'][strong = '教育處承辦人'][span = 'education-clerk']"));
    assertThat(browser.driver().getCurrentUrl()).endsWith("/uploads.html");
    assertThat(browser.driver().findElements(By.cssSelector("input[type=password]"))).isEmpty();

    String title = "親子閱讀活動 " + UUID.randomUUID().toString().substring(0, 8);
    WebElement form = browser.visible(By.id("publication-form"));
    form.findElement(By.name("title")).sendKeys(title);
    form.findElement(By.name("noticeText")).sendKeys("活動名單請見附件。");
    form.findElement(By.name("targetUrl")).sendKeys("https://www.example.gov.tw/education/news/1");
    // The unit by its Chinese name; a clerk of one unit finds it chosen.
    assertThat(new Select(form.findElement(By.name("unit"))).getFirstSelectedOption().getText()).isEqualTo("教育處");
    date(form.findElement(By.name("desiredDate")), RocDates.today().plusDays(1));
    Path sheet = Files.createTempFile("活動名單", ".xlsx");
    Files.write(sheet, PublicationDocuments.xlsxWithHiddenId());
    form.findElement(By.name("attachments")).sendKeys(sheet.toAbsolutePath().toString());
    browser.click(form.findElement(By.cssSelector("button[type=submit]")));

    WebElement sent = browser.visible(By.xpath("//section[.//form[@id='publication-form']]//div[contains(@class, 'ok')]"
        + "[starts-with(normalize-space(.), '已送出公告複核，編號 ')]"));
    browser.screenshot("upload-page.png");
    long id = Long.parseLong(sent.getText().replaceAll("^已送出公告複核，編號 (\\d+).*$", "$1"));
    PublicationRepository.Row row = repository.find(id).orElseThrow();
    assertThat(row.title()).isEqualTo(title);
    assertThat(row.drafter()).isEqualTo("education-clerk");
    assertThat(repository.attachmentList(id)).singleElement().satisfies(a -> assertThat(a.filename()).endsWith(".xlsx"));

    // An evidence file for an incident of 教育處, uploaded by a member of the task force's units.
    long incident = incident();
    browser.signIn("planning-clerk");
    browser.open("/uploads.html");
    browser.visible(By.xpath("//p[@id='signed-in'][span = 'planning-clerk']"));
    WebElement evidence = browser.visible(By.id("evidence-form"));
    evidence.findElement(By.name("id")).sendKeys(String.valueOf(incident));
    evidence.findElement(By.name("description")).sendKeys("網站主機存取日誌");
    Path log = Files.createTempFile("access", ".log");
    Files.writeString(log, "10.0.0.1 - - GET /index.html 200\n");
    evidence.findElement(By.name("file")).sendKeys(log.toAbsolutePath().toString());
    browser.click(evidence.findElement(By.cssSelector("button[type=submit]")));

    String expected = sha256(Files.readAllBytes(log));
    browser.visible(By.xpath("//section[.//form[@id='evidence-form']]//div[contains(@class, 'ok')][contains(., '" + expected + "')]"));

    // A wrong incident number answers in Chinese, on the page.
    evidence = browser.driver().findElement(By.id("evidence-form"));
    evidence.findElement(By.name("id")).sendKeys("999999");
    evidence.findElement(By.name("description")).sendKeys("不存在的事件");
    evidence.findElement(By.name("file")).sendKeys(log.toAbsolutePath().toString());
    browser.click(evidence.findElement(By.cssSelector("button[type=submit]")));
    browser.visible(By.xpath("//section[.//form[@id='evidence-form']]//div[contains(@class, 'error')][contains(., '999999')]"));
  }

  /** Sets a date input the way the browser stores it (independent of the picker's locale). */
  private void date(WebElement input, LocalDate date) {
    ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1];", input, date.toString());
  }

  private long incident() throws Exception {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    LocalDateTime aware = LocalDateTime.now(RocDates.TAIPEI).minusMinutes(30);
    String body = """
        {"description": "網站首頁遭置換", "occurredAt": "%s", "awareAt": "%s", "systems": "網站", "reporter": "教育處承辦人",
         "unit": "education", "level": 2}""".formatted(aware.minusMinutes(30).format(MINUTES), aware.format(MINUTES));
    String answer = http.withBasicAuth("education-clerk", "demo").postForObject("/api/incidents", new HttpEntity<>(body, headers), String.class);
    return new com.fasterxml.jackson.databind.ObjectMapper().readTree(answer).get("id").asLong();
  }

  private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

  private static String sha256(byte[] bytes) throws Exception {
    return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
  }
}
