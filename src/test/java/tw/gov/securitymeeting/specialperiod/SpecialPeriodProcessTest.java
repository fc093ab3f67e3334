package tw.gov.securitymeeting.specialperiod;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tw.gov.securitymeeting.ApplicationTest;
import tw.gov.securitymeeting.calendar.WorkingDayCalendar;
import tw.gov.securitymeeting.system.RocDates;
import tw.gov.securitymeeting.system.SubmittedValues;

/** Walkthroughs of special-period-plan.bpmn and special-period-situation.bpmn: every path, timers driven by jobs. */
@ApplicationTest
class SpecialPeriodProcessTest {

  static final String PLAN = "special-period-plan";
  static final String SITUATION = "special-period-situation";

  @Autowired ProcessEngine processEngine;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired PlanRepository plans;
  @Autowired DutyLogRepository duty;
  @Autowired SituationRepository situations;
  @Autowired WorkingDayCalendar calendar;
  @Autowired JdbcTemplate jdbc;

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(processEngine);
    clock(LocalDateTime.of(2022, 1, 10, 9, 0));
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void shouldReturnThePlanForRevisionThenRunItToTheChairsReview() {
    ProcessInstance pi = runtimeService.startProcessInstanceByKey(PLAN, Seed004.startVariables());
    long id = planId(pi);
    assertThat(pi).isWaitingAt("approve-plan");
    Task approve = task(pi);
    assertThat(approve).hasCandidateGroup("chair");
    assertThat((String) taskService.getVariable(approve.getId(), "planSummary"))
        .contains("自111年1月24日(星期一)至111年2月7日(星期一)，為期15日", "【公務機密維護】", "17. 協助掌握來臺參訪大陸人士");
    assertThatThrownBy(() -> taskService.complete(approve.getId(), Map.of("decision", "return")))
        .hasMessageContaining("退回修正時請說明原因");
    complete(approve, withVariables("decision", "return", "returnReason", "請補列機房門禁檢查"));

    assertThat(pi).isWaitingAt("draft-plan");
    Task draft = task(pi);
    assertThat(draft).hasCandidateGroup("ethics");
    assertThat(taskService.getVariable(draft.getId(), "lastReturnReason")).isEqualTo("請補列機房門禁檢查");
    assertThat(taskService.getVariable(draft.getId(), "title")).isEqualTo(Seed004.TITLE);
    assertThat(plans.find(id).orElseThrow().status()).isEqualTo(PlanStatus.RETURNED);
    // The revision is checked like the draft: an empty measure is refused.
    assertThatThrownBy(() -> taskService.complete(draft.getId(), Map.of("measures", "[{\"area\":\"SECRECY\",\"text\":\" \",\"units\":[\"ethics\"]}]")))
        .hasMessageContaining("第 1 項措施沒有內容");
    List<Map<String, Object>> revised = new java.util.ArrayList<>(Seed004.measures());
    revised.add(Map.of("area", "SECURITY", "text", "連續假日前檢查電腦機房門禁及監視設備。", "units", List.of("planning")));
    complete(draft, withVariables("measures", SubmittedValues.json(revised)));

    assertThat(pi).isWaitingAt("approve-plan");
    assertThat(plans.measures(id)).hasSize(18);
    complete(task(pi), withVariables("decision", "approve"));

    assertThat(pi).isWaitingAt("carry-out-measures", "duty-day-begins", "period-ended");
    List<Task> measures = tasks(pi, "carry-out-measures");
    assertThat(measures).hasSize(6);
    LocalDate dispatchDue = calendar.addWorkingDays(LocalDate.of(2022, 1, 24), -2);
    assertThat(measures).allSatisfy(t -> assertThat(RocDates.dateOf(t.getDueDate())).isEqualTo(dispatchDue));
    assertThat(jobs(pi, "duty-day-begins")).hasSize(15);
    for (Task t : measures) {
      assertThatThrownBy(() -> taskService.complete(t.getId())).hasMessageContaining("請說明已部署的措施");
      complete(t, withVariables("preparation", "已轉知同仁並排定檢查"));
    }
    assertThat(pi).hasPassed("measures-carried-out");

    // Every day of the period, holidays included.
    for (LocalDate day = LocalDate.of(2022, 1, 24); !day.isAfter(LocalDate.of(2022, 2, 7)); day = day.plusDays(1)) {
      recordDay(pi, day);
    }
    assertThat(duty.days(id)).hasSize(15).allMatch(DutyLogRepository.DutyDayRow::recorded);

    clock(LocalDateTime.of(2022, 2, 8, 0, 0));
    execute(jobs(pi, "period-ended").get(0));
    List<Task> reports = tasks(pi, "report-results");
    assertThat(reports).hasSize(6);
    assertThat(RocDates.dateOf(reports.get(0).getDueDate())).isEqualTo(calendar.addWorkingDays(LocalDate.of(2022, 2, 7), 3));
    for (Task t : reports) {
      report(t);
    }
    assertThat(pi).isWaitingAt("compile-report");
    assertThat((String) taskService.getVariable(task(pi).getId(), "reportOverview")).contains("重點措施 18 項", "已登錄 15 日");
    complete(task(pi), withVariables("summary", "各單位均依計畫辦理，期間無重大危安事件。"));
    assertThat(pi).isWaitingAt("review-report");
    assertThat(task(pi)).hasCandidateGroup("chair");
    complete(task(pi), withVariables("reviewComment", "閱，辛苦了。"));
    assertThat(pi).isEnded().hasPassed("plan-closed");
    assertThat(plans.find(id).orElseThrow().status()).isEqualTo(PlanStatus.CLOSED);
    assertThat(plans.results(id)).hasSizeGreaterThanOrEqualTo(18);
  }

  @Test
  void shouldEscalateAnUnrecordedDutyDayToTheUnitsHeadTheNextMorning() {
    ProcessInstance pi = approvedPlan();
    long id = planId(pi);
    LocalDate day = LocalDate.of(2022, 2, 1);
    clock(day.atTime(0, 0));
    execute(dayJob(pi, day));
    Task open = tasks(pi, "record-duty").get(0);
    assertThat(open).hasCandidateGroup("administration");
    assertThat(open.getName()).startsWith("登錄值勤巡查紀錄：111年2月1日(星期二)");
    assertThat(RocDates.dateOf(open.getDueDate())).isEqualTo(day);

    Job missed = jobs(pi, "duty-day-missed").get(0);
    assertThat(missed.getDuedate()).isEqualTo(at(LocalDateTime.of(2022, 2, 2, 8, 0)));
    clock(LocalDateTime.of(2022, 2, 2, 8, 0));
    execute(missed);

    Map<String, Object> mail = jdbc.queryForMap("select * from app_mail where process_instance_id = ? and kind = ?", pi.getId(),
        "special-period-duty-missed");
    assertThat(mail.get("RECIPIENTS")).isEqualTo("administration-head@example.gov.tw");
    assertThat((String) mail.get("SUBJECT")).contains("111年2月1日(星期二)", "未登錄");
    assertThat(duty.day(id, day).orElseThrow().escalatedAt()).isNotNull();
    // The day can still be recorded late; a second escalation run sends nothing more.
    complete(open, withVariables("checkedAreas", "各樓層", "onDuty", "行政處王小明"));
    assertThat(duty.day(id, day).orElseThrow().recorded()).isTrue();
    assertThat(jdbc.queryForObject("select count(*) from app_mail where process_instance_id = ?", Integer.class, pi.getId())).isEqualTo(1);
  }

  @Test
  void shouldReadTheDutyDayFromTheTableNotFromVariablesAClientSends() {
    ProcessInstance pi = approvedPlan();
    long id = planId(pi);
    clock(LocalDateTime.of(2022, 1, 24, 8, 0));
    execute(dayJob(pi, LocalDate.of(2022, 1, 24)));
    Task day = tasks(pi, "record-duty").get(0);
    complete(day, withVariables("checkedAreas", "大樓", "onDuty", "值日生", "dutyDay", "2022-02-05", "planId", 999L));
    assertThat(duty.day(id, LocalDate.of(2022, 1, 24)).orElseThrow().recorded()).isTrue();
    assertThat(duty.day(id, LocalDate.of(2022, 2, 5))).isEmpty();
  }

  @Test
  void shouldMailTheHeadAndEthicsForThisAgencysMajorSituation() {
    long plan = planId(approvedPlan());
    clock(LocalDateTime.of(2022, 1, 25, 10, 0));
    ProcessInstance pi = situation(plan, "SECURITY", true, null);
    assertThat(pi).isEnded().hasPassed("notify-head", "situation-recorded").hasNotPassed("copy-secretariat");
    Map<String, Object> mail = jdbc.queryForMap("select * from app_mail where process_instance_id = ?", pi.getId());
    assertThat((String) mail.get("RECIPIENTS")).isEqualTo("chair@example.gov.tw,ethics@example.gov.tw");
    assertThat((String) mail.get("SUBJECT")).startsWith("【重大危安狀況】機關安全");
    assertThat(situations.events(situation(pi).id())).extracting(SituationRepository.EventRow::what)
        .containsExactly("狀況通報", "已報告首長並通報政風處");
  }

  @Test
  void shouldCopyEthicsOnAnotherAgencysSituationAndRequireTheAuthority() {
    long plan = planId(approvedPlan());
    clock(LocalDateTime.of(2022, 1, 25, 10, 0));
    assertThatThrownBy(() -> situation(plan, "SECURITY", false, null)).hasMessageContaining("請填寫已通報的主管機關");
    ProcessInstance pi = situation(plan, "SECURITY", false, "臺東縣警察局");
    assertThat(pi).isEnded().hasPassed("copy-secretariat").hasNotPassed("notify-head");
    Map<String, Object> mail = jdbc.queryForMap("select * from app_mail where process_instance_id = ?", pi.getId());
    assertThat((String) mail.get("RECIPIENTS")).isEqualTo("ethics@example.gov.tw");
    assertThat((String) mail.get("BODY_TEXT")).contains("已通報之主管機關：臺東縣警察局");
    assertThat(situation(pi).notifiedAuthority()).isEqualTo("臺東縣警察局");
  }

  @Test
  void shouldStartTheEvidenceProcessForACyberSituationAndKeepTheLink() {
    long plan = planId(approvedPlan());
    clock(LocalDateTime.of(2022, 1, 31, 23, 0));
    ProcessInstance pi = situation(plan, "CYBER", true, null);
    assertThat(pi).isWaitingAt("decide-evidence");
    Task decide = task(pi);
    assertThat(decide).hasCandidateGroup("planning").hasCandidateGroup("ethics");
    assertThatThrownBy(() -> taskService.complete(decide.getId(), Map.of("startEvidence", "yes", "investigationNotifiedAt", "2022-01-31T22:50")))
        .hasMessageContaining("請填寫「受影響系統」").hasMessageContaining("等級只有 1 到 4 級");
    complete(decide, withVariables("startEvidence", "yes", "investigationNotifiedAt", "2022-01-31T22:50",
        "investigationReference", "臺東縣調查站李調查官", "systems", "縣府全球資訊網", "level", "2"));

    assertThat(pi).isEnded().hasPassed("start-evidence");
    SituationRepository.SituationRow row = situation(pi);
    assertThat(row.authorityNotifiedTo()).isEqualTo("調查站");
    assertThat(row.evidenceProcessInstance()).isNotNull();
    assertThat(row.evidenceBusinessKey()).startsWith("incident-");
    ProcessInstance evidence = runtimeService.createProcessInstanceQuery().processInstanceId(row.evidenceProcessInstance())
        .processDefinitionKey("digital-evidence-preservation").singleResult();
    assertThat(evidence.getBusinessKey()).isEqualTo(row.evidenceBusinessKey());
    assertThat(evidence).isWaitingAt("notify-incident");
    assertThat((String) runtimeService.getVariable(evidence.getId(), "description")).contains("縣府全球資訊網遭置換");
  }

  @Test
  void shouldNotStartTheEvidenceProcessWhenDeclined() {
    long plan = planId(approvedPlan());
    clock(LocalDateTime.of(2022, 1, 31, 23, 0));
    ProcessInstance pi = situation(plan, "CYBER", true, null);
    complete(task(pi), withVariables("startEvidence", "no", "investigationNotifiedAt", "2022-01-31T22:50"));
    assertThat(pi).isEnded().hasPassed("evidence-declined").hasNotPassed("start-evidence");
  }

  @Test
  void shouldRecordTheNotificationOfTheInvestigationBureauOrThePolice() {
    long plan = planId(approvedPlan());
    clock(LocalDateTime.of(2022, 2, 3, 14, 0));
    ProcessInstance pi = situation(plan, "PUBLIC_ORDER", false, "臺東縣警察局");
    assertThat(pi).isWaitingAt("record-authority-notification");
    assertThat(taskService.getVariable(task(pi).getId(), "authorityHint")).isEqualTo("本類狀況應通報警察機關，請登錄通報對象與時間。");
    assertThatThrownBy(() -> taskService.complete(task(pi).getId(), Map.of("notifiedTo", "消防隊", "notifiedAt", "2022-02-03T15:00")))
        .hasMessageContaining("請選擇通報對象").hasMessageContaining("「通報時間」不可晚於現在");
    complete(task(pi), withVariables("notifiedTo", "警察機關", "notifiedAt", "2022-02-03T13:40", "notifyReference", "臺東分局值班台"));
    assertThat(pi).isEnded().hasPassed("authority-notified");
    SituationRepository.SituationRow row = situation(pi);
    assertThat(row.authorityNotifiedTo()).isEqualTo("警察機關");
    assertThat(row.authorityNotifiedAt()).isEqualTo(at(LocalDateTime.of(2022, 2, 3, 13, 40)).toInstant());
  }

  @Test
  void shouldRefuseASituationOutsideThePeriodOrForAPlanNotYetApproved() {
    ProcessInstance draft = runtimeService.startProcessInstanceByKey(PLAN, Seed004.startVariables());
    clock(LocalDateTime.of(2022, 1, 25, 10, 0));
    assertThatThrownBy(() -> situation(planId(draft), "SECURITY", true, null)).hasMessageContaining("尚未核定");
    long plan = planId(approvedPlan());
    clock(LocalDateTime.of(2022, 2, 9, 10, 0));
    assertThatThrownBy(() -> situation(plan, "SECURITY", true, null, "2022-02-08T09:00")).hasMessageContaining("不在計畫的工作期程內");
  }

  // ---- helpers ----

  ProcessInstance approvedPlan() {
    ProcessInstance pi = runtimeService.startProcessInstanceByKey(PLAN, Seed004.startVariables());
    complete(task(pi), withVariables("decision", "approve"));
    return pi;
  }

  ProcessInstance situation(long plan, String kind, boolean own, String authority) {
    return situation(plan, kind, own, authority, LocalDateTime.ofInstant(RocDates.now(), RocDates.TAIPEI).minusMinutes(30).toString());
  }

  ProcessInstance situation(long plan, String kind, boolean own, String authority, String occurredAt) {
    Map<String, Object> v = new java.util.HashMap<>();
    v.put("planId", String.valueOf(plan));
    v.put("kind", kind);
    v.put("ownAgency", String.valueOf(own));
    v.put("description", "縣府全球資訊網遭置換首頁");
    v.put("place", "縣府機房");
    v.put("occurredAt", occurredAt);
    v.put("unit", "planning");
    v.put("reporter", "綜合規劃處承辦人");
    v.put("notifiedAuthority", authority);
    return runtimeService.startProcessInstanceByKey(SITUATION, v);
  }

  SituationRepository.SituationRow situation(ProcessInstance pi) {
    return situations.byProcessInstance(pi.getId()).orElseThrow();
  }

  void recordDay(ProcessInstance pi, LocalDate day) {
    clock(day.atTime(0, 0));
    execute(dayJob(pi, day));
    Task t = tasks(pi, "record-duty").get(0);
    complete(t, withVariables("checkedAreas", "辦公大樓各樓層、機房、檔案室", "onDuty", "行政處值日人員"));
  }

  void report(Task t) {
    List<Map<String, Object>> rows = new java.util.ArrayList<>();
    org.camunda.spin.json.SpinJsonNode given = (org.camunda.spin.json.SpinJsonNode) taskService.getVariable(t.getId(), "results");
    given.elements().forEach(e -> rows.add(Map.of("measureId", e.prop("measureId").stringValue(), "result", "已依計畫辦理完成")));
    complete(t, withVariables("results", SubmittedValues.json(rows)));
  }

  Job dayJob(ProcessInstance pi, LocalDate day) {
    return jobs(pi, "duty-day-begins").stream().filter(j -> j.getDuedate().equals(at(day.atStartOfDay()))).findFirst().orElseThrow();
  }

  List<Job> jobs(ProcessInstance pi, String activity) {
    return managementService.createJobQuery().processInstanceId(pi.getId()).activityId(activity).list();
  }

  List<Task> tasks(ProcessInstance pi, String key) {
    return taskService.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(key).list();
  }

  long planId(ProcessInstance pi) {
    return plans.byProcessInstance(pi.getId()).orElseThrow().id();
  }

  static void clock(LocalDateTime time) {
    ClockUtil.setCurrentTime(at(time));
  }

  static Date at(LocalDateTime time) {
    return Date.from(time.atZone(RocDates.TAIPEI).toInstant());
  }
}
