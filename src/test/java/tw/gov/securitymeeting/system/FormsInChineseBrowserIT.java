package tw.gov.securitymeeting.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import tw.gov.securitymeeting.ApplicationTest;
import tw.gov.securitymeeting.TasklistBrowser;

/**
 * Every Camunda Form of {@code forms/} in Tasklist as a clerk meets it, in headless Chromium: submitted empty and
 * with one value that is too long, with its date picker open; no English word and no message in ASCII only may
 * show. Each form is opened as the task form of a one-task process that this test deploys (the forms' own
 * processes would need a whole meeting, notice or incident to reach each task); Tasklist renders it exactly as
 * the real task, minus the values the real process fills in.
 */
@ApplicationTest
class FormsInChineseBrowserIT {

  @RegisterExtension static final TasklistBrowser browser = new TasklistBrowser();

  private static final Pattern ENGLISH_WORD = Pattern.compile("[A-Za-z]{2,}");
  private static final Pattern NON_ASCII = Pattern.compile("[^\\x00-\\x7F]");
  private static final ObjectMapper JSON = new ObjectMapper();

  /** What the form shows: its visible text, placeholders and tooltips, the date picker's texts, its error messages. */
  private static final String SHOWN = """
      const container = document.querySelector('.fjs-container');
      if (!container) { return null; }
      // form-js' licence keeps its 「Powered by bpmn.io」 link as it is: everything else is checked.
      const root = container.cloneNode(true);
      root.querySelectorAll('.fjs-powered-by').forEach(e => e.remove());
      container.parentNode.appendChild(root);
      const texts = [root.innerText];
      root.remove();
      root.querySelectorAll('[placeholder], [title]').forEach(e => {
        texts.push(e.getAttribute('placeholder') || '', e.getAttribute('title') || '');
      });
      container.querySelectorAll('.flatpickr-calendar option, .flatpickr-weekday, [data-roc-date]').forEach(e => {
        texts.push(e.textContent, e.getAttribute('data-roc-date') || '');
      });
      const errors = Array.from(container.querySelectorAll('.fjs-form-field-error')).map(e => e.innerText.trim()).filter(t => t);
      return {texts: texts.join('\\n'), errors: errors};
      """;

  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;

  @Test
  void shouldShowEveryFormInChineseEmptyAndWithABadValue() throws IOException {
    Map<String, JsonNode> forms = shippedForms();
    deployOneTaskProcesses(forms.keySet());
    browser.signIn("admin");

    Map<String, List<String>> problems = new LinkedHashMap<>();
    for (var form : forms.entrySet()) {
      List<String> found = new ArrayList<>();
      Set<String> authored = authoredWords(form.getValue());
      openAsTask(form.getKey());

      Map.Entry<String, Integer> tooLong = shownFieldWithMaxLength(form.getValue());
      if (tooLong != null) {
        setValue(tooLong.getKey(), "字".repeat(tooLong.getValue() + 1));
        browser.await().until(d -> !errors().isEmpty());
        submit();
        openDatePicker();
        found.addAll(english("一個值過長時", authored));
        setValue(tooLong.getKey(), "");
        String limit = String.valueOf(tooLong.getValue());
        browser.await().until(d -> errors().stream().noneMatch(e -> e.contains(limit)));
      }
      submit();
      if (!browser.driver().findElements(By.cssSelector(".fjs-container")).isEmpty()) {
        openDatePicker();
        found.addAll(english("空白送出時", authored));
      }
      if (!found.isEmpty()) {
        problems.put(form.getKey(), found);
      }
    }
    assertThat(problems).as("表單中出現英文或只有 ASCII 的訊息").isEmpty();
  }

  @Test
  void shouldShowAChosenDateInRocYearsBesideTheDatePicker() throws IOException {
    // The first form with a date field always shown (not inside a list, not conditional).
    String formId = null;
    String key = null;
    for (var form : shippedForms().entrySet()) {
      for (JsonNode c : form.getValue().path("components")) {
        if (key == null && "datetime".equals(c.path("type").asText()) && "date".equals(c.path("subtype").asText())
            && !c.path("readonly").asBoolean() && !c.has("conditional")) {
          formId = form.getKey();
          key = c.path("key").asText();
        }
      }
    }
    assertThat(key).as("a form with a date field").isNotNull();
    deployOneTaskProcesses(Set.of(formId));
    browser.signIn("admin");
    openAsTask(formId);

    browser.date(key, "12/03/2026");

    By section = By.xpath("//div[contains(@class, 'fjs-datetime-subsection')][.//input[contains(@id, 'field-" + key + "-date')]]");
    browser.await().until(d -> "民國115年12月3日".equals(d.findElement(section).getAttribute("data-roc-date")));
    String shown = (String) ((JavascriptExecutor) browser.driver()).executeScript(
        "return getComputedStyle(arguments[0], '::after').content;", browser.driver().findElement(section));
    assertThat(shown).isEqualTo("\"民國115年12月3日\"");
    WebElement input = browser.driver().findElement(By.cssSelector("input[id$='field-" + key + "-date']"));
    assertThat(input.getAttribute("placeholder")).doesNotContainPattern("[A-Za-z]");
  }

  /**
   * Seen in headless Chromium: after 「填報辦理情形」 was submitted empty, then every radio option chosen and the
   * text typed, one group kept its error and 完成 stayed disabled. A clerk must be able to send the report.
   */
  @Test
  void shouldLetAClerkSendTheReportAfterSubmittingItEmpty() {
    deployOneTaskProcesses(Set.of("report-progress"));
    browser.signIn("admin");
    String taskId = openAsTask("report-progress");

    submit();
    assertThat(errors()).containsOnly("此欄位必須填寫。").hasSize(3);

    for (String status : List.of("已完成", "辦理中", "未辦理")) {
      browser.choose("辦理狀態", status);
    }
    browser.type("progress", "已函送各單位宣導公務機密維護。");
    for (String suggestion : List.of("建議解除列管", "建議繼續列管")) {
      browser.choose("建議", suggestion);
    }

    browser.await().until(d -> errors().isEmpty());
    dismissNotifications();
    browser.complete();
    browser.await().until(d -> taskService.createTaskQuery().taskId(taskId).count() == 0);
  }

  @Test
  void shouldShowTheCamunda8BannerOnlyToAdministratorsInAdminInChinese() {
    browser.signIn("education-clerk");
    WebElement hidden = browser.await().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".ce-eol-banner")));
    assertThat(hidden.isDisplayed()).as("a clerk sees no Camunda 8 banner in Tasklist").isFalse();

    browser.signIn("admin");
    browser.open("/camunda/app/admin/");
    WebElement banner = browser.visible(By.cssSelector(".ce-eol-banner"));
    assertThat(banner.getText()).startsWith("系統管理者請注意").contains("移轉至 Camunda 8");
  }

  /** Closes Tasklist's notifications (「送出任務表單時發生錯誤」 after an empty submit), which cover 完成. */
  void dismissNotifications() {
    ((JavascriptExecutor) browser.driver()).executeScript(
        "document.querySelectorAll(\".page-notifications button.close\").forEach(b => b.click());");
    browser.await().until(d -> d.findElements(By.cssSelector(".page-notifications .alert")).stream().noneMatch(WebElement::isDisplayed));
  }

  @SuppressWarnings("unchecked")
  List<String> errors() {
    return (List<String>) ((JavascriptExecutor) browser.driver()).executeScript(
        "return Array.from(document.querySelectorAll('.fjs-form-field-error')).map(e => e.innerText.trim()).filter(t => t);");
  }

  /** The forms of forms/ by id, as shipped. */
  static Map<String, JsonNode> shippedForms() throws IOException {
    Map<String, JsonNode> forms = new LinkedHashMap<>();
    Resource[] resources = new PathMatchingResourcePatternResolver().getResources("classpath*:forms/*.form");
    java.util.Arrays.sort(resources, java.util.Comparator.comparing(Resource::getFilename));
    for (Resource resource : resources) {
      try (InputStream in = resource.getInputStream()) {
        JsonNode form = JSON.readTree(in);
        forms.put(form.path("id").asText(), form);
      }
    }
    return forms;
  }

  /** One process per form, a single task with the form, assigned to admin; deployed once per application. */
  void deployOneTaskProcesses(Set<String> formIds) {
    var deployment = repositoryService.createDeployment().name("forms-in-chinese-browser-it").enableDuplicateFiltering(true);
    for (String formId : new TreeSet<>(formIds)) {
      BpmnModelInstance model = Bpmn.createExecutableProcess(processKey(formId))
          .camundaHistoryTimeToLive(1)
          .name("表單測試 " + formId)
          .startEvent()
          .userTask("task").name("表單測試 " + formId).camundaFormRef(formId).camundaFormRefBinding("latest").camundaAssignee("admin")
          .endEvent()
          .done();
      deployment.addModelInstance(processKey(formId) + ".bpmn", model);
    }
    deployment.deploy();
  }

  private static String processKey(String formId) {
    return "forms-in-chinese-" + formId;
  }

  /** Starts the form's one-task process and opens its task in Tasklist. */
  String openAsTask(String formId) {
    String instance = runtimeService.startProcessInstanceByKey(processKey(formId)).getId();
    Task task = taskService.createTaskQuery().processInstanceId(instance).singleResult();
    browser.openTaskById(task.getId());
    try {
      browser.visible(By.cssSelector(".fjs-container .fjs-form"));
    } catch (org.openqa.selenium.TimeoutException notSwitched) {
      // Tasklist may keep the previous task when only the address's fragment changes: load the page again.
      browser.driver().get("about:blank");
      browser.openTaskById(task.getId());
      browser.visible(By.cssSelector(".fjs-container .fjs-form"));
    }
    return task.getId();
  }

  /** Clicks 完成 if Tasklist lets one (it does not while the form shows an error). */
  void submit() {
    By complete = By.xpath("//button[contains(@class, 'btn-primary')][normalize-space(.) = '" + browser.label("COMPLETE") + "']");
    WebElement button = browser.visible(complete);
    // A click by script: Tasklist's notifications may cover the button.
    ((JavascriptExecutor) browser.driver()).executeScript("if (!arguments[0].disabled) { arguments[0].click(); }", button);
    browser.await().until(d -> !d.findElements(By.cssSelector(".fjs-form-field-error")).isEmpty()
        || d.findElements(By.cssSelector(".fjs-container")).isEmpty()
        || !d.findElement(complete).isEnabled());
  }

  /** Sets a field's value as typing would (form-js listens to input events). */
  void setValue(String key, String value) {
    WebElement input = browser.driver().findElement(field(key));
    ((JavascriptExecutor) browser.driver()).executeScript("""
        const input = arguments[0];
        const setter = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(input), 'value').set;
        setter.call(input, arguments[1]);
        input.dispatchEvent(new Event('input', {bubbles: true}));
        input.dispatchEvent(new Event('change', {bubbles: true}));
        // form-js takes a typed value after a pause or when the field is left.
        input.dispatchEvent(new FocusEvent('blur'));
        input.dispatchEvent(new FocusEvent('focusout', {bubbles: true}));
        """, input, value);
  }

  /** Opens the first date picker of the form, so that its months and weekdays show. */
  void openDatePicker() {
    List<WebElement> dates = browser.driver().findElements(By.cssSelector(".fjs-container .fjs-datepicker input.fjs-input:not([readonly])"));
    if (!dates.isEmpty()) {
      ((JavascriptExecutor) browser.driver()).executeScript("if (arguments[0]._flatpickr) { arguments[0]._flatpickr.open(); }", dates.get(0));
    }
  }

  /** English words the form shows that its author did not write, and messages in ASCII only. */
  @SuppressWarnings("unchecked")
  List<String> english(String when, Set<String> authored) {
    Map<String, Object> shown = (Map<String, Object>) ((JavascriptExecutor) browser.driver()).executeScript(SHOWN);
    List<String> found = new ArrayList<>();
    if (shown == null) {
      return found;
    }
    Matcher words = ENGLISH_WORD.matcher((String) shown.get("texts"));
    Set<String> english = new LinkedHashSet<>();
    while (words.find()) {
      if (!authored.contains(words.group())) {
        english.add(words.group());
      }
    }
    if (!english.isEmpty()) {
      found.add(when + "出現英文：" + english);
    }
    for (Object error : (List<Object>) shown.get("errors")) {
      if (!NON_ASCII.matcher((String) error).find()) {
        found.add(when + "訊息只有 ASCII：" + error);
      }
    }
    return found;
  }

  /** English words in what the form's author wrote: labels, descriptions, texts, option labels. */
  static Set<String> authoredWords(JsonNode form) {
    Set<String> words = new TreeSet<>();
    for (String key : List.of("label", "description", "text", "dateLabel", "timeLabel")) {
      for (JsonNode value : form.findValues(key)) {
        Matcher m = ENGLISH_WORD.matcher(value.asText());
        while (m.find()) {
          words.add(m.group());
        }
      }
    }
    return words;
  }

  /** The first text field or text area the form shows with a maximum length a test can exceed quickly, and that length. */
  Map.Entry<String, Integer> shownFieldWithMaxLength(JsonNode form) {
    for (JsonNode c : form.findParents("validate")) {
      String type = c.path("type").asText();
      int max = c.path("validate").path("maxLength").asInt(0);
      String key = c.path("key").asText();
      if (("textfield".equals(type) || "textarea".equals(type)) && max > 0 && max <= 8000 && !c.path("readonly").asBoolean()
          && !browser.driver().findElements(field(key)).isEmpty()) {
        return Map.entry(key, max);
      }
    }
    return null;
  }

  static By field(String key) {
    return By.cssSelector("input[id$='field-" + key + "'], textarea[id$='field-" + key + "']");
  }
}
