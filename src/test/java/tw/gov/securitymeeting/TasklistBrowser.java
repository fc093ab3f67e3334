package tw.gov.securitymeeting;

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
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestInstanceFactoryContext;
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
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Camunda Tasklist in a real browser (Debian's Chromium, headless, Traditional Chinese, Taipei time) for
 * browser tests of an {@link ApplicationTest}. Register it as a static field:
 * {@code @RegisterExtension static final TasklistBrowser browser = new TasklistBrowser();}
 *
 * <p>Without Debian's chromedriver every test of the class is skipped with a message, before the application
 * starts. A browser opens before each test and closes after it; a failed test first leaves a screenshot and the
 * page source of where it stopped in target/screenshots/. Labels of Tasklist itself come from its zh-TW locale file.
 */
public final class TasklistBrowser
    implements TestInstancePreConstructCallback, BeforeEachCallback, AfterTestExecutionCallback, AfterEachCallback {

  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  public static final Path SCREENSHOTS = Path.of("target", "screenshots");
  static final Duration WAIT = Duration.ofSeconds(30);

  private final JsonNode labels;
  private WebDriver driver;
  private WebDriverWait wait;
  private Path profile;
  private String baseUrl;

  public TasklistBrowser() {
    try (InputStream in = getClass().getResourceAsStream("/META-INF/resources/webjars/camunda/app/tasklist/locales/zh-TW.json")) {
      labels = new ObjectMapper().readTree(in).get("labels");
    } catch (IOException e) {
      throw new IllegalStateException("Tasklist's zh-TW locale file is unreadable", e);
    }
  }

  /**
   * Skips every test without Debian's chromedriver, before the application starts (a {@code @BeforeAll}
   * assumption would hide the reason from the report).
   */
  @Override
  public void preConstructTestInstance(TestInstanceFactoryContext factory, ExtensionContext context) {
    assumeTrue(Files.isExecutable(CHROMEDRIVER),
        "Browser test skipped: " + CHROMEDRIVER + " is missing. Install Debian's browser with "
            + "`apt-get install -y chromium chromium-driver fonts-noto-cjk` to run it.");
  }

  @Override
  public void beforeEach(ExtensionContext context) throws IOException {
    String port = SpringExtension.getApplicationContext(context).getEnvironment().getRequiredProperty("local.server.port");
    baseUrl = "http://localhost:" + port;
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
    Files.createDirectories(SCREENSHOTS);
  }

  /** A failed test leaves a screenshot and the page source of where it stopped (before the browser closes). */
  @Override
  public void afterTestExecution(ExtensionContext context) throws IOException {
    if (driver != null && context.getExecutionException().isPresent()) {
      String name = "failed-" + context.getRequiredTestMethod().getName();
      screenshot(name + ".png");
      Files.writeString(SCREENSHOTS.resolve(name + ".html"), driver.getPageSource());
    }
  }

  @Override
  public void afterEach(ExtensionContext context) throws IOException {
    if (driver != null) {
      driver.quit();
      driver = null;
    }
    if (profile != null) {
      try (Stream<Path> files = Files.walk(profile)) {
        files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
      }
      profile = null;
    }
  }

  public WebDriver driver() {
    return driver;
  }

  public WebDriverWait await() {
    return wait;
  }

  /** A label of Tasklist in Traditional Chinese, from its locale file. */
  public String label(String key) {
    return labels.get(key).asText();
  }

  /** Opens a page of the application, e.g. {@code /uploads.html}. */
  public void open(String path) {
    driver.get(baseUrl + path);
  }

  /** Opens Tasklist signed out (a previous person's session is dropped) and signs in with the demo password. */
  public void signIn(String user) {
    if (driver.getCurrentUrl().startsWith(baseUrl)) {
      driver.manage().deleteAllCookies();
    }
    driver.get(baseUrl + "/camunda/app/tasklist/");
    WebElement name = visible(By.cssSelector("input[ng-model='username']"));
    assertThat(name.getAttribute("placeholder")).isEqualTo(label("PAGE_LOGIN_USERNAME"));
    name.sendKeys(user);
    driver.findElement(By.cssSelector("input[ng-model='password']")).sendKeys("demo");
    click(driver.findElement(By.xpath("//form[@name='signinForm']//button[normalize-space(.) = '" + label("PAGE_LOGIN_SIGN_IN_ACTION") + "']")));
    visible(By.cssSelector("[cam-tasklist-filters] .task-filter"));
  }

  /** Opens 「啟動流程」 and the start form of the named process. */
  public void startProcess(String name) {
    click(visible(By.xpath("//a[contains(normalize-space(.), '" + label("START_PROCESS") + "')]")));
    click(visible(By.xpath("//ul[contains(@class, 'processes')]//a[normalize-space(.) = '" + name + "']")));
  }

  /** Selects a Tasklist filter by (part of) its name. */
  public void filter(String name) {
    click(visible(By.xpath("//div[contains(@class, 'task-filter')]//a[contains(normalize-space(.), '" + name + "')]")));
  }

  /** The task in the list whose entry contains the text. */
  public By task(String text) {
    return By.xpath("//li[contains(@class, 'task')][contains(normalize-space(.), '" + text + "')]");
  }

  /** Opens the task in the list whose entry contains the text. */
  public void openTask(String text) {
    click(visible(task(text)).findElement(By.cssSelector("h4.task a")));
  }

  /** The link to the task with this id in the list. */
  public By taskLink(String taskId) {
    return By.xpath("//li[contains(@class, 'task')]//h4[contains(@class, 'task')]/a[contains(@href, 'task=" + taskId + "')]");
  }

  /** Opens a task by its id, as a link to it would. */
  public void openTaskById(String taskId) {
    driver.get(baseUrl + "/camunda/app/tasklist/default/#/?task=" + taskId);
  }

  /** The start form's 「啟動」 button. */
  public WebElement startButton() {
    return wait.until(ExpectedConditions.elementToBeClickable(
        By.xpath("//div[contains(@class, 'modal-footer')]//button[normalize-space(.) = '" + label("START") + "']")));
  }

  /** Claims the open task and waits until Tasklist offers to unclaim it. */
  public void claim() {
    click(claimButton());
    By unclaim = By.xpath("//*[normalize-space(.) = '" + label("UNCLAIM_TASK") + "']");
    try {
      new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.visibilityOfElementLocated(unclaim));
      return;
    } catch (org.openqa.selenium.TimeoutException notYet) {
      // Under load Tasklist now and then drops a click made while the task's form is still loading: a person clicks again.
      driver.findElements(By.xpath("//button[contains(@class, 'claim')][normalize-space(.) = '" + label("CLAIM_TASK") + "']"))
          .stream().filter(WebElement::isDisplayed).findFirst().ifPresent(this::click);
    }
    visibleOrExplain(By.xpath("//*[normalize-space(.) = '" + label("UNCLAIM_TASK") + "']"), "「" + label("UNCLAIM_TASK") + "」 after claiming");
  }

  public WebElement claimButton() {
    return visible(By.xpath("//button[contains(@class, 'claim')][normalize-space(.) = '" + label("CLAIM_TASK") + "']"));
  }

  /** Completes the open task. */
  public void complete() {
    click(wait.until(ExpectedConditions.elementToBeClickable(
        By.xpath("//button[contains(@class, 'btn-primary')][normalize-space(.) = '" + label("COMPLETE") + "']"))));
  }

  /** A Tasklist notification (success or error) containing the text. */
  public WebElement notification(String text) {
    return visibleOrExplain(By.xpath("//div[contains(@class, 'notifications')][contains(normalize-space(.), '" + text + "')]"),
        "a notification containing 「" + text + "」");
  }

  /**
   * Waits for an element; if it never shows, the failure says what the page showed instead (an engine refusal, a form
   * error), so a run that fails away from here, e.g. in CI, explains itself.
   */
  private WebElement visibleOrExplain(By wanted, String what) {
    try {
      return visible(wanted);
    } catch (org.openqa.selenium.TimeoutException e) {
      String shown = driver.findElements(By.cssSelector(".notifications, .fjs-form-field-error")).stream()
          .map(shownElement -> shownElement.getText().replace("×", " ").replaceAll("\\s+", " ").strip()).filter(t -> !t.isEmpty())
          .collect(java.util.stream.Collectors.joining(" | "));
      String picture = "failed-" + System.currentTimeMillis() + ".png";
      try {
        screenshot(picture);
      } catch (IOException | RuntimeException unavailable) {
        picture = "(no screenshot: " + unavailable.getMessage() + ")";
      }
      throw new AssertionError("No " + what + "; the page showed: " + (shown.isEmpty() ? "(nothing)" : shown)
          + "; screenshot target/screenshots/" + picture, e);
    }
  }

  /** Where the start dialog shows the engine's refusal of the start form, containing the message. */
  public By startRefusal(String message) {
    return By.xpath("//div[contains(@class, 'modal')]//div[contains(@class, 'notifications')][contains(normalize-space(.), '" + message + "')]");
  }

  /** Closes a notification and waits until it is gone. */
  public void dismiss(By notification) {
    click(visible(notification).findElement(By.cssSelector("button.close[ng-click^='removeNotification']")));
    wait.until(ExpectedConditions.invisibilityOfElementLocated(notification));
  }

  /** Picks an option of a radio group of the Camunda Form and waits until it is selected. */
  public void choose(String group, String option) {
    select(By.xpath("//div[contains(@class, 'fjs-form-field-radio')][label[starts-with(normalize-space(.), '" + group + "')]]"
        + "//label[normalize-space(.) = '" + option + "']/input"));
  }

  /**
   * Picks an option of a select of the Camunda Form (the field with this key; {@code _n} after the key for
   * the n-th repetition of a dynamic list) and waits until it shows.
   */
  public void pick(String key, String option) {
    By display = By.cssSelector("div[id$='field-" + key + "-display']");
    click(visible(display));
    click(visible(By.xpath("//div[contains(@class, 'fjs-dropdownlist-item')][normalize-space(.) = '" + option + "']")));
    wait.until(ExpectedConditions.textToBe(display, option));
  }

  /** Ticks an option of a checklist of the Camunda Form and waits until it is ticked. */
  public void check(String group, String option) {
    select(By.xpath("//div[contains(@class, 'fjs-form-field-checklist')][label[starts-with(normalize-space(.), '" + group + "')]]"
        + "//label[normalize-space(.) = '" + option + "']/input"));
  }

  /** Ticks the checkbox of the Camunda Form field with this key. */
  public void tick(String key) {
    select(By.cssSelector("input[type='checkbox'][id$='field-" + key + "']"));
  }

  /**
   * Clicks a radio button or checkbox until it is selected: form-js re-renders the form after
   * every change, and now and then a click made during a re-render does not stick.
   */
  public void select(By input) {
    wait.until(d -> {
      WebElement box = d.findElement(input);
      if (!box.isSelected()) {
        scrollTo(box);
        box.click();
      }
      return d.findElement(input).isSelected();
    });
  }

  /** Types into the text field or text area of the Camunda Form field with this key. */
  public WebElement type(String key, String text) {
    WebElement input = visible(By.cssSelector("input[id$='field-" + key + "'], textarea[id$='field-" + key + "']"));
    scrollTo(input);
    input.sendKeys(text);
    return input;
  }

  /** Types a date as the form's date picker expects it (mm/dd/yyyy) and leaves the field. */
  public void date(String key, String mmddyyyy) {
    WebElement input = visible(By.cssSelector("input[id$='field-" + key + "-date']"));
    scrollTo(input);
    input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
    input.sendKeys(mmddyyyy, Keys.TAB);
  }

  /** Types a time as the form's 24-hour time picker expects it (HH:mm) and leaves the field. */
  public void time(String key, String hhmm) {
    WebElement input = visible(By.cssSelector("input[id$='field-" + key + "-time']"));
    scrollTo(input);
    input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
    input.sendKeys(hhmm, Keys.TAB);
  }

  public WebElement visible(By by) {
    return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
  }

  /** Clicks in the middle of the viewport, clear of Tasklist's fixed footer. */
  public void click(WebElement element) {
    scrollTo(element);
    wait.until(ExpectedConditions.elementToBeClickable(element)).click();
  }

  public void scrollTo(WebElement element) {
    ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
  }

  /** A screenshot of the window in target/screenshots/. */
  public void screenshot(String name) throws IOException {
    screenshot(name, (TakesScreenshot) driver);
  }

  /** A screenshot of one element (a dialog, say) in target/screenshots/. */
  public void screenshot(String name, WebElement area) throws IOException {
    screenshot(name, (TakesScreenshot) area);
  }

  private void screenshot(String name, TakesScreenshot area) throws IOException {
    // No caret or selected text in the picture.
    ((JavascriptExecutor) driver).executeScript("if (document.activeElement) { document.activeElement.blur(); }");
    File file = area.getScreenshotAs(OutputType.FILE);
    Files.copy(file.toPath(), SCREENSHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
  }
}
