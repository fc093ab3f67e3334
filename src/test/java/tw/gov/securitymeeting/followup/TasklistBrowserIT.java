package tw.gov.securitymeeting.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestInstancePreConstructCallback;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tw.gov.securitymeeting.ApplicationTest;

/**
 * Tasklist in a real browser (Debian's Chromium, headless, Traditional Chinese): a unit reports
 * progress on its task through the Camunda Form, and the secretariat registers a meeting through
 * the start form of 「登錄會報決議事項」 with its dynamic list. Screenshots go to target/screenshots/.
 */
@ApplicationTest
class TasklistBrowserIT {

  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path SCREENSHOTS = Path.of("target", "screenshots");
  static final Duration WAIT = Duration.ofSeconds(30);

  @LocalServerPort int port;
  @Autowired MeetingRegistration registration;
  @Autowired MeetingQueries queries;
  @Autowired TaskService taskService;

  WebDriver driver;
  WebDriverWait wait;
  Path profile;
  JsonNode labels;

  /** A failed test leaves a screenshot and the page source of where it stopped (before the browser closes). */
  @RegisterExtension
  final AfterTestExecutionCallback keepFailure = context -> {
    if (driver != null && context.getExecutionException().isPresent()) {
      String name = "failed-" + context.getRequiredTestMethod().getName();
      screenshot(name + ".png");
      Files.writeString(SCREENSHOTS.resolve(name + ".html"), driver.getPageSource());
    }
  };

  /**
   * Without Debian's chromedriver every test is skipped with this message, before the
   * application starts (a {@code @BeforeAll} assumption would hide the reason from the report).
   */
  @RegisterExtension
  static final TestInstancePreConstructCallback requireChromedriver = (factory, context) ->
      assumeTrue(Files.isExecutable(CHROMEDRIVER),
          "Browser test skipped: " + CHROMEDRIVER + " is missing. Install Debian's browser with "
              + "`apt-get install -y chromium chromium-driver fonts-noto-cjk` to run it.");

  @BeforeEach
  void openBrowser() throws IOException {
    profile = Files.createTempDirectory("tasklist-browser-it");
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(CHROMEDRIVER.toFile())
        .usingAnyFreePort()
        // Tasklist shows dates in the browser's time zone.
        .withEnvironment(Map.of("TZ", "Asia/Taipei"))
        .build();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--lang=zh-TW",
        "--user-data-dir=" + profile.toAbsolutePath());
    options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "zh-TW"));
    driver = new ChromeDriver(service, options);
    driver.manage().window().setSize(new Dimension(1400, 1500));
    wait = new WebDriverWait(driver, WAIT);
    wait.ignoring(StaleElementReferenceException.class);
    try (InputStream in = getClass().getResourceAsStream("/META-INF/resources/webjars/camunda/app/tasklist/locales/zh-TW.json")) {
      labels = new ObjectMapper().readTree(in).get("labels");
    }
    Files.createDirectories(SCREENSHOTS);
  }

  @AfterEach
  void closeBrowser() throws IOException {
    if (driver != null) {
      driver.quit();
    }
    try (Stream<Path> files = Files.walk(profile)) {
      files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
    }
  }

  @Test
  void shouldLetAUnitReportProgressThroughTheChineseTaskForm() throws IOException {
    String marker = UUID.randomUUID().toString().substring(0, 8);
    ValidMeeting meeting = new ValidMeeting("瀏覽器測試會報 " + marker, LocalDate.of(2016, 10, 19), LocalDate.of(2017, 1, 18), List.of(
        new ValidMeeting.Item("一", ItemKind.RESOLUTION, "政風處案由 " + marker, "請政風處加強公務機密維護宣導", List.of("ethics"), null),
        new ValidMeeting.Item("二", ItemKind.RESOLUTION, "綜合規劃處案由 " + marker, "請綜合規劃處檢討門禁管制", List.of("planning"), null)));
    var registered = registration.register(meeting, "ethics-clerk");
    String ethicsItem = registered.items().get(0).processInstanceId();

    signIn("ethics-clerk");

    // Tasklist speaks Traditional Chinese: the header's 「啟動流程」 and the filters.
    assertThat(visible(By.xpath("//a[contains(normalize-space(.), '" + label("START_PROCESS") + "')]")).isDisplayed()).isTrue();
    click(visible(By.xpath("//div[contains(@class, 'task-filter')]//a[contains(normalize-space(.), '本單位待辦')]")));
    WebElement ethicsTask = visible(By.xpath("//li[contains(@class, 'task')][contains(normalize-space(.), '政風處案由 " + marker + "')]"));
    assertThat(driver.findElements(By.xpath("//li[contains(@class, 'task')][contains(normalize-space(.), '綜合規劃處案由 " + marker + "')]")))
        .isEmpty();

    click(ethicsTask.findElement(By.cssSelector("h4.task a")));
    visible(By.xpath("//div[contains(@class, 'fjs-form-field-radio')]/label[starts-with(normalize-space(.), '辦理狀態')]"));
    visible(By.xpath("//div[contains(@class, 'fjs-form-field-textarea')]/label[starts-with(normalize-space(.), '辦理情形')]"));
    wait.until(d -> ("政風處案由 " + marker)
        .equals(d.findElement(By.cssSelector("textarea[id$='field-subject']")).getAttribute("value")));

    click(visible(By.xpath("//button[contains(@class, 'claim')][normalize-space(.) = '" + label("CLAIM_TASK") + "']")));
    visible(By.xpath("//*[normalize-space(.) = '" + label("UNCLAIM_TASK") + "']"));

    choose("辦理狀態", "已完成");
    WebElement progress = visible(By.cssSelector("textarea[id$='field-progress']"));
    progress.sendKeys("已於105年11月1日函送各單位宣導公務機密維護，並完成抽查。");
    choose("建議", "建議解除列管");
    scrollTo(progress);
    screenshot("tasklist-report-progress.png");

    click(wait.until(ExpectedConditions.elementToBeClickable(
        By.xpath("//button[contains(@class, 'btn-primary')][normalize-space(.) = '" + label("COMPLETE") + "']"))));

    Task next = wait.until(d -> Optional.ofNullable(taskService.createTaskQuery().processInstanceId(ethicsItem).singleResult())
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
    signIn("ethics-clerk");

    click(visible(By.xpath("//a[contains(normalize-space(.), '" + label("START_PROCESS") + "')]")));
    click(visible(By.xpath("//ul[contains(@class, 'processes')]//a[normalize-space(.) = '登錄會報決議事項']")));
    visible(By.xpath("//div[contains(@class, 'modal')]//label[starts-with(normalize-space(.), '會議名稱')]"));

    visible(By.cssSelector("input[id$='field-title']")).sendKeys(title);
    date("heldOn", "10/19/2016");
    // A next meeting before this one: the engine refuses it and Tasklist shows why, in Chinese.
    date("nextMeetingOn", "10/01/2016");
    item(0, "一", "主席裁示", "加強公務機密維護宣導", "請各單位轉知所屬同仁注意公務機密維護", "政風處");
    click(visible(By.cssSelector(".fjs-repeat-render-add")));
    item(1, "二", null, "檢討本府門禁管制", null, "綜合規劃處");

    click(startButton());
    By refused = By.xpath("//div[contains(@class, 'modal')]//div[contains(@class, 'notifications')]"
        + "[contains(normalize-space(.), '下次開會日期必須晚於開會日期。')]");
    WebElement refusal = visible(refused);
    assertThat(refusal.getText()).contains(label("PROCESS_START_ERROR"));
    scrollTo(refusal);
    screenshot("tasklist-meeting-registration-refused.png");
    assertThat(queries.meetings()).extracting(MeetingViews.MeetingSummary::title).doesNotContain(title);

    click(refusal.findElement(By.cssSelector("button.close[ng-click^='removeNotification']")));
    wait.until(ExpectedConditions.invisibilityOfElementLocated(refused));

    WebElement next = visible(By.cssSelector("input[id$='field-nextMeetingOn-date']"));
    next.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
    date("nextMeetingOn", "01/18/2017");
    scrollTo(visible(By.cssSelector("input[id$='field-title']")));
    screenshot("tasklist-meeting-registration.png");
    scrollTo(visible(By.cssSelector("input[id$='field-item-number_1']")));
    screenshot("tasklist-meeting-registration-items.png");

    click(startButton());
    visible(By.xpath("//div[contains(@class, 'notifications')][contains(normalize-space(.), '" + label("PROCESS_START_OK") + "')]"));
    MeetingViews.MeetingSummary summary = wait.until(d -> queries.meetings().stream()
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
        .containsOnly(LocalDate.of(2017, 1, 17));
    for (MeetingViews.Item item : registered.items()) {
      assertThat(taskService.createTaskQuery().processInstanceId(item.processInstanceId()).taskDefinitionKey("report-progress").count())
          .isOne();
    }
  }

  private void signIn(String user) {
    driver.get("http://localhost:" + port + "/camunda/app/tasklist/");
    WebElement name = visible(By.cssSelector("input[ng-model='username']"));
    assertThat(name.getAttribute("placeholder")).isEqualTo(label("PAGE_LOGIN_USERNAME"));
    name.sendKeys(user);
    driver.findElement(By.cssSelector("input[ng-model='password']")).sendKeys("demo");
    click(driver.findElement(By.xpath("//form[@name='signinForm']//button[normalize-space(.) = '" + label("PAGE_LOGIN_SIGN_IN_ACTION") + "']")));
    visible(By.cssSelector("[cam-tasklist-filters] .task-filter"));
  }

  /** Picks an option of a radio group of the Camunda Form and waits until it is selected. */
  private void choose(String group, String option) {
    By radio = By.xpath("//div[contains(@class, 'fjs-form-field-radio')][label[starts-with(normalize-space(.), '" + group + "')]]"
        + "//label[normalize-space(.) = '" + option + "']/input");
    select(radio);
  }

  /**
   * Clicks a radio button or checkbox until it is selected: form-js re-renders the form after
   * every change, and now and then a click made during a re-render does not stick.
   */
  private void select(By input) {
    wait.until(d -> {
      WebElement box = d.findElement(input);
      if (!box.isSelected()) {
        scrollTo(box);
        box.click();
      }
      return d.findElement(input).isSelected();
    });
  }

  /** Types a date as the form's date picker expects it (mm/dd/yyyy) and leaves the field. */
  private void date(String key, String mmddyyyy) {
    WebElement input = visible(By.cssSelector("input[id$='field-" + key + "-date']"));
    scrollTo(input);
    input.sendKeys(mmddyyyy, Keys.TAB);
  }

  /** Fills one repetition of the dynamic list 「決議事項」. */
  private void item(int index, String number, String kind, String subject, String decision, String unit) {
    String at = "_" + index;
    WebElement numberInput = visible(By.cssSelector("input[id$='field-item-number" + at + "']"));
    scrollTo(numberInput);
    numberInput.sendKeys(number);
    if (kind != null) {
      click(visible(By.cssSelector("div[id$='field-item-kind" + at + "-display']")));
      click(visible(By.xpath("//div[contains(@class, 'fjs-dropdownlist-item')][normalize-space(.) = '" + kind + "']")));
      wait.until(ExpectedConditions.textToBe(By.cssSelector("div[id$='field-item-kind" + at + "-display']"), kind));
    }
    driver.findElement(By.cssSelector("textarea[id$='field-item-subject" + at + "']")).sendKeys(subject);
    if (decision != null) {
      driver.findElement(By.cssSelector("textarea[id$='field-item-decision" + at + "']")).sendKeys(decision);
    }
    By checkbox = By.xpath("//label[normalize-space(.) = '" + unit + "']/input[contains(@id, 'field-item-leadUnits" + at + "-')]");
    select(checkbox);
  }

  private WebElement startButton() {
    return wait.until(ExpectedConditions.elementToBeClickable(
        By.xpath("//div[contains(@class, 'modal-footer')]//button[normalize-space(.) = '" + label("START") + "']")));
  }

  private WebElement visible(By by) {
    return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
  }

  /** Clicks in the middle of the viewport, clear of Tasklist's fixed footer. */
  private void click(WebElement element) {
    scrollTo(element);
    wait.until(ExpectedConditions.elementToBeClickable(element)).click();
  }

  private void scrollTo(WebElement element) {
    ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
  }

  private String label(String key) {
    return labels.get(key).asText();
  }

  private void screenshot(String name) throws IOException {
    // No caret or selected text in the picture.
    ((JavascriptExecutor) driver).executeScript("if (document.activeElement) { document.activeElement.blur(); }");
    File file = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
    Files.copy(file.toPath(), SCREENSHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
  }
}
