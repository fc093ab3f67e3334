package tw.gov.securitymeeting.specialperiod;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import tw.gov.securitymeeting.ApplicationTest;
import tw.gov.securitymeeting.TasklistBrowser;

/**
 * 「登錄值勤巡查紀錄」 in Tasklist, in a real browser: 行政處's clerk opens the day's task from 「本單位待辦」,
 * sees the day in ROC form and records the rounds; the answer lands in the duty log of the plan.
 */
@ApplicationTest
class DutyLogBrowserIT {

  @RegisterExtension static final TasklistBrowser browser = new TasklistBrowser();

  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired PlanRepository plans;
  @Autowired DutyLogRepository duty;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void shouldLetTheDutyClerkRecordTheDaysRoundsInTasklist() throws Exception {
    // The engine's clock stands in the plan's period; the browser only shows what the engine created.
    SpecialPeriodProcessTest.clock(LocalDateTime.of(2022, 1, 10, 9, 0));
    ProcessInstance pi = runtimeService.startProcessInstanceByKey("special-period-plan", Seed004.startVariables());
    Task approve = taskService.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey("approve-plan").singleResult();
    taskService.complete(approve.getId(), Map.of("decision", "approve"));
    SpecialPeriodProcessTest.clock(LocalDateTime.of(2022, 1, 31, 0, 0));
    var day = managementService.createJobQuery().processInstanceId(pi.getId()).activityId("duty-day-begins").list().stream()
        .filter(j -> j.getDuedate().equals(SpecialPeriodProcessTest.at(LocalDate.of(2022, 1, 31).atStartOfDay()))).findFirst().orElseThrow();
    managementService.executeJob(day.getId());
    ClockUtil.reset();
    Task task = taskService.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey("record-duty").singleResult();
    long planId = plans.byProcessInstance(pi.getId()).orElseThrow().id();

    browser.signIn("administration-clerk");
    browser.filter("本單位待辦");
    browser.click(browser.visible(browser.taskLink(task.getId())));
    browser.await().until(d -> d.findElement(By.cssSelector("input[id$='field-dutyDayText']")).getAttribute("value")
        .startsWith("111年1月31日(星期一)"));
    diagram("special-period-plan.png");
    browser.click(browser.visible(By.xpath("//a[normalize-space(.) = '" + browser.label("FORM") + "']")));
    browser.claim();
    browser.type("checkedAreas", "辦公大樓各樓層、機房、檔案室、停車場");
    browser.type("anomalies", "三樓檔案室窗戶未關，已關妥上鎖");
    browser.screenshot("tasklist-duty-log.png");
    browser.type("onDuty", "行政處王小明");
    browser.complete();

    browser.await().until(d -> taskService.createTaskQuery().taskId(task.getId()).count() == 0);
    DutyLogRepository.DutyDayRow row = duty.day(planId, LocalDate.of(2022, 1, 31)).orElseThrow();
    assertThat(row.recorded()).isTrue();
    assertThat(row.checkedAreas()).isEqualTo("辦公大樓各樓層、機房、檔案室、停車場");
    assertThat(row.anomalies()).isEqualTo("三樓檔案室窗戶未關，已關妥上鎖");
    assertThat(row.onDuty()).isEqualTo("行政處王小明");
    assertThat(row.recordedBy()).isEqualTo("administration-clerk");

    // The situation process's diagram, from a 資安 situation's task (政風處 follows it up).
    SpecialPeriodProcessTest.clock(LocalDateTime.of(2022, 1, 31, 10, 0));
    Map<String, Object> v = new java.util.HashMap<>(Map.of("planId", String.valueOf(planId), "kind", "CYBER", "ownAgency", "true",
        "description", "縣府全球資訊網遭置換首頁", "place", "縣府機房", "occurredAt", "2022-01-31T09:30", "unit", "planning",
        "reporter", "綜合規劃處承辦人"));
    ProcessInstance situation = runtimeService.startProcessInstanceByKey("special-period-situation", v);
    ClockUtil.reset();
    Task decide = taskService.createTaskQuery().processInstanceId(situation.getId()).singleResult();
    browser.signIn("ethics-clerk");
    browser.openTaskById(decide.getId());
    diagram("special-period-situation.png");
  }

  /** The process diagram as Tasklist's 「流程圖」 tab draws it (bpmn-js), for the docs. */
  private void diagram(String name) throws Exception {
    browser.click(browser.visible(By.xpath("//a[normalize-space(.) = '" + browser.label("DIAGRAM") + "']")));
    org.openqa.selenium.WebElement canvas = browser.visible(By.cssSelector(".djs-container"));
    browser.await().until(d -> !d.findElements(By.cssSelector(".djs-container .djs-element")).isEmpty());
    browser.screenshot(name, canvas);
  }
}
