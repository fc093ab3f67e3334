package tw.gov.securitymeeting.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static tw.gov.securitymeeting.evidence.EvidenceFixtures.at;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import tw.gov.securitymeeting.ApplicationTest;
import tw.gov.securitymeeting.reminder.ReminderSweep;

/** Walkthroughs of digital-evidence-preservation.bpmn: the happy path and every alternative path. */
@ApplicationTest
// Its own engine name (no hyphen, or it is ignored): a second engine called "default" would take over Camunda REST in the shared test context.
@TestPropertySource(properties = {
    "app.evidence.storage-directory=${java.io.tmpdir}/evidence-process-test",
    "camunda.bpm.process-engine-name=evidenceProcessTest",
    "app.evidence.step-names.preserve-scene=現場保全及隔離"})
class DigitalEvidenceProcessTest {

  static final String PROCESS = "digital-evidence-preservation";

  @Autowired ProcessEngine processEngine;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired IncidentRepository incidents;
  @Autowired EvidenceItems evidence;
  @Autowired JdbcTemplate jdbc;
  @Autowired ReminderSweep reminderSweep;

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(processEngine);
    EvidenceFixtures.setClock(EvidenceFixtures.NOW);
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void shouldWalkALevelTwoIncidentFromReportToArchive() {
    ProcessInstance pi = runtimeService.startProcessInstanceByKey(PROCESS, EvidenceFixtures.incident(2));
    long id = incidentId(pi);

    assertThat(pi).isWaitingAt("notify-incident");
    Task notify = task(pi);
    assertThat(notify).hasName("通報資安事件").hasCandidateGroup("education").hasCandidateGroup("planning");
    assertThat(notify.getDueDate()).isEqualTo(at(LocalDateTime.of(2026, 12, 1, 10, 30)));
    complete(notify, EvidenceFixtures.notification());

    assertThat(pi).isWaitingAt("form-task-force");
    assertThat(task(pi)).hasCandidateGroup("planning");
    complete(task(pi), withVariables("members", "planning-clerk, ethics-clerk, education-clerk"));

    assertThat(pi).isWaitingAt("preserve-scene", "acquire-evidence", "contain-and-recover").isNotWaitingAt("convene-response-meeting");
    Task contain = taskAt("contain-and-recover", pi);
    assertThat(contain.getDueDate()).isEqualTo(at(LocalDateTime.of(2026, 12, 4, 9, 30)));
    assertThat(candidateUsers(contain)).containsExactlyInAnyOrder("planning-clerk", "ethics-clerk", "education-clerk");
    assertThat(taskAt("preserve-scene", pi)).hasName("現場保全及隔離");
    complete(taskAt("preserve-scene", pi), withVariables("sceneRecord", "已隔離網站主機並保留日誌"));
    complete(taskAt("acquire-evidence", pi), withVariables("evidenceDescription", "網站主機磁碟映像", "evidenceSourceDevice", "web01",
        "evidenceMethod", "寫入保護後製作映像", "evidenceSha256", EvidenceFixtures.SHA.toUpperCase(), "evidenceAcquiredBy", "ethics-clerk"));
    complete(contain, withVariables("recoveryMeasures", "以備份還原網站", "recoveredAt", "2026-12-01T10:00"));

    assertThat(pi).isWaitingAt("custody-transfer");
    EvidenceRepository.ItemRow item = evidence.items(id).get(0);
    assertThat(item.sha256()).isEqualTo(EvidenceFixtures.SHA);
    assertThat(item.acquiredBy()).isEqualTo("政風處承辦人（ethics-clerk）");
    evidence.handOver(id, item.id(), new CustodyRequest("ethics-clerk", "planning-clerk", "送鑑識分析", "綜合規劃處機房", null), "ethics-clerk");
    complete(task(pi));

    assertThat(pi).isWaitingAt("write-incident-report");
    complete(task(pi), EvidenceFixtures.report());
    assertThat(pi).isWaitingAt("review-incident-report");
    assertThat(task(pi)).hasCandidateGroup("chair").hasCandidateGroup("ethics");
    complete(task(pi), withVariables("decision", "approve"));

    assertThat(pi).isEnded().hasPassed("incident-archived").hasNotPassed("convene-response-meeting");
    IncidentRepository.IncidentRow row = incidents.find(id).orElseThrow();
    assertThat(row.status()).isEqualTo("CLOSED");
    assertThat(row.notifyReference()).isEqualTo("TACERT-2026-0001");
    assertThat(row.members()).containsExactly("planning-clerk", "ethics-clerk", "education-clerk");
    assertThat(row.report().rootCause()).startsWith("五、事件根因分析");
    assertThat(incidents.steps(id)).extracting(IncidentRepository.StepRow::stepKey).contains("incident-reported",
        "notify-incident", "form-task-force", "preserve-scene", "acquire-evidence", "contain-and-recover", "custody-transfer",
        "write-incident-report", "review-incident-report", "incident-archived");
    assertThat(mails(pi)).isZero();
  }

  @Test
  void shouldAskTheChairToConveneAMeetingForALevelFourIncident() {
    ProcessInstance pi = toParallelSteps(4);

    assertThat(pi).isWaitingAt("preserve-scene", "acquire-evidence", "contain-and-recover", "convene-response-meeting");
    Task meeting = taskAt("convene-response-meeting", pi);
    assertThat(meeting).hasName("召開資安事件應變會議").hasCandidateGroup("chair");
    assertThat(taskAt("contain-and-recover", pi).getDueDate()).isEqualTo(at(LocalDateTime.of(2026, 12, 2, 21, 30)));
    assertThatThrownBy(() -> taskService.complete(meeting.getId())).hasMessageContaining("請填寫「應變會議決議摘要」");
    complete(meeting, withVariables("meetingMinutes", "決議由政風處會同調查站蒐證"));
    finishParallelSteps(pi);

    assertThat(pi).isWaitingAt("custody-transfer").hasPassed("convene-response-meeting");
  }

  @Test
  void shouldSendTheReportBackToTheWritersWithTheReason() {
    ProcessInstance pi = toParallelSteps(2);
    finishParallelSteps(pi);
    complete(task(pi));
    complete(task(pi), EvidenceFixtures.report());

    assertThatThrownBy(() -> taskService.complete(task(pi).getId(), Map.of("decision", "return")))
        .hasMessageContaining("請填寫「退回原因」");
    complete(task(pi), withVariables("decision", "return", "returnReason", "請補充根因分析"));

    assertThat(pi).isWaitingAt("write-incident-report");
    assertThat(taskService.getVariable(task(pi).getId(), "lastReturnReason")).isEqualTo("請補充根因分析");
    assertThat(taskService.getVariable(task(pi).getId(), "reportRootCause")).isNotNull();
    complete(task(pi), EvidenceFixtures.report());
    complete(task(pi), withVariables("decision", "approve"));
    assertThat(pi).isEnded();
  }

  @Test
  void shouldMailTheUnitHeadAndEthicsWhenTheNotificationIsLate() {
    ProcessInstance pi = runtimeService.startProcessInstanceByKey(PROCESS, EvidenceFixtures.incident(1));
    var timer = managementService.createJobQuery().processInstanceId(pi.getId()).activityId("notify-overdue").singleResult();
    assertThat(timer.getDuedate()).isEqualTo(at(LocalDateTime.of(2026, 12, 1, 10, 30)));

    EvidenceFixtures.setClock(LocalDateTime.of(2026, 12, 1, 10, 31));
    execute(timer);

    assertThat(pi).isWaitingAt("notify-incident").hasPassed("escalate-notification");
    Map<String, Object> mail = jdbc.queryForMap("select * from app_mail where process_instance_id = ?", pi.getId());
    assertThat(mail.get("KIND")).isEqualTo("evidence-escalation");
    assertThat((String) mail.get("RECIPIENTS")).isEqualTo("education-head@example.gov.tw,ethics@example.gov.tw");
    assertThat((String) mail.get("SUBJECT")).contains("通報資安事件", "逾時");
    assertThat(incidents.steps(incidentId(pi))).extracting(IncidentRepository.StepRow::stepKey).contains("escalation-notify");

    complete(task(pi), EvidenceFixtures.notification());
    assertThat(pi).isWaitingAt("form-task-force");
  }

  @Test
  void shouldMailWhenRecoveryMissesItsDeadline() {
    ProcessInstance pi = toParallelSteps(3);
    var timer = managementService.createJobQuery().processInstanceId(pi.getId()).activityId("recovery-overdue").singleResult();
    assertThat(timer.getDuedate()).isEqualTo(at(LocalDateTime.of(2026, 12, 2, 21, 30)));

    EvidenceFixtures.setClock(LocalDateTime.of(2026, 12, 2, 22, 0));
    execute(timer);

    assertThat(pi).hasPassed("escalate-recovery").isWaitingAt("contain-and-recover");
    List<String> subjects = jdbc.queryForList("select subject from app_mail where process_instance_id = ?", String.class, pi.getId());
    assertThat(subjects).singleElement().asString().contains("控制損害並復原");
    String body = jdbc.queryForObject("select body_text from app_mail where process_instance_id = ?", String.class, pi.getId());
    assertThat(body).endsWith("請勿直接回覆。\n").contains("主管、政風處您好：", "未於期限內完成「控制損害並復原」", "期限：115年12月2日(星期三)下午9時30分", "/camunda/app/tasklist/default/").doesNotContain("[(");
  }

  @Test
  void shouldRemindTheTaskForceOnTheRecoveryDayAndNameTheIncidentsUnit() {
    ProcessInstance pi = toParallelSteps(3);
    String recovery = taskAt("contain-and-recover", pi).getId();

    EvidenceFixtures.setClock(LocalDateTime.of(2026, 12, 2, 9, 0));
    reminderSweep.sendDueReminders();

    Map<String, Object> mail = jdbc.queryForMap("select recipients, body_text from app_mail where task_id = ?", recovery);
    assertThat((String) mail.get("RECIPIENTS")).contains("planning-clerk@example.gov.tw", "ethics-clerk@example.gov.tw");
    assertThat((String) mail.get("BODY_TEXT")).startsWith("教育處 您好：").contains("控制損害並復原");
  }

  @Test
  void shouldRecordHandOversInTheCustodyStepOneAnswerAtATime() {
    ProcessInstance pi = toParallelSteps(2);
    finishParallelSteps(pi);
    long id = incidentId(pi);
    long item = evidence.items(id).get(0).id();
    Task first = task(pi);
    assertThat(taskService.getVariable(first.getId(), "custodyLog").toString()).contains("證據 " + item + "（日誌）");

    assertThatThrownBy(() -> taskService.complete(first.getId(), Map.of("custodyItem", String.valueOf(item),
        "custodyHandedBy", "ethics-clerk", "custodyReason", "送鑑識", "custodyLocation", "機房", "custodyDone", "more")))
        .hasMessageContaining("請填寫「接收人」");
    assertThatThrownBy(() -> taskService.complete(first.getId(), Map.of("custodyDone", "maybe")))
        .hasMessageContaining("「登錄移交」請從選項中選擇");
    complete(first, withVariables("custodyItem", String.valueOf(item), "custodyHandedBy", "ethics-clerk",
        "custodyReceivedBy", "planning-clerk", "custodyReason", "送鑑識分析", "custodyLocation", "綜合規劃處機房", "custodyDone", "more"));

    assertThat(pi).hasPassed("custody-check").isWaitingAt("custody-transfer");
    assertThat(evidence.custody(item)).singleElement().satisfies(entry -> {
      assertThat(entry.handedBy()).isEqualTo("政風處承辦人（ethics-clerk）");
      assertThat(entry.receivedBy()).isEqualTo("綜合規劃處承辦人（planning-clerk）");
    });
    Task second = task(pi);
    assertThat(taskService.getVariable(second.getId(), "custodyLog").toString())
        .contains("1. ", "政風處承辦人（ethics-clerk） → 綜合規劃處承辦人（planning-clerk）（送鑑識分析，綜合規劃處機房）");
    assertThat(taskService.getVariable(second.getId(), "custodyItem")).as("each round starts empty").isNull();

    complete(second, withVariables("custodyDone", "done"));
    assertThat(pi).isWaitingAt("write-incident-report");
  }

  @Test
  void shouldRefuseAnAnswerWithoutTheNotificationRecord() {
    ProcessInstance pi = runtimeService.startProcessInstanceByKey(PROCESS, EvidenceFixtures.incident(2));
    assertThatThrownBy(() -> taskService.complete(task(pi).getId(), Map.of("notifyChannel", "電話")))
        .hasMessageContaining("請填寫「通報編號」").hasMessageContaining("請填寫「通報時間」");
    assertThat(pi).isWaitingAt("notify-incident");
  }

  @Test
  void shouldRefuseTaskForceMembersWhoAreUnknownOrFromAnotherUnit() {
    ProcessInstance pi = runtimeService.startProcessInstanceByKey(PROCESS, EvidenceFixtures.incident(2));
    complete(task(pi), EvidenceFixtures.notification());

    assertThatThrownBy(() -> taskService.complete(task(pi).getId(), Map.of("members", "planning-clerk,nobody")))
        .hasMessageContaining("沒有帳號為「nobody」的使用者");
    assertThatThrownBy(() -> taskService.complete(task(pi).getId(), Map.of("members", List.of("construction-clerk"))))
        .hasMessageContaining("建設處承辦人").hasMessageContaining("不能擔任工作小組成員");
    assertThat(pi).isWaitingAt("form-task-force");
  }

  @Test
  void shouldRefuseToFinishAcquisitionWithoutEvidenceOrWithABadHash() {
    ProcessInstance pi = toParallelSteps(2);
    Task acquire = taskAt("acquire-evidence", pi);
    assertThatThrownBy(() -> taskService.complete(acquire.getId())).hasMessageContaining("請至少登錄一項證據");
    assertThatThrownBy(() -> taskService.complete(acquire.getId(), Map.of("evidenceDescription", "映像", "evidenceSha256", "abc")))
        .hasMessageContaining("64 個 16 進位字元");
    assertThatThrownBy(() -> taskService.complete(acquire.getId(), Map.of("evidenceDescription", " ", "evidenceSha256", EvidenceFixtures.SHA)))
        .hasMessageContaining("請填寫「證據描述」");
  }

  @Test
  void shouldRefuseAReportWithAMissingPart() {
    ProcessInstance pi = toParallelSteps(2);
    finishParallelSteps(pi);
    complete(task(pi));
    Map<String, Object> report = EvidenceFixtures.report();
    report.remove("reportTracking");
    assertThatThrownBy(() -> taskService.complete(task(pi).getId(), report)).hasMessageContaining("成效追蹤機制");
  }

  @Test
  void shouldRefuseAStartWithAnAwarenessTimeInTheFutureOrLevelFive() {
    Map<String, Object> bad = EvidenceFixtures.incident(5);
    bad.put("awareAt", "2026-12-01T11:00");
    long before = runtimeService.createProcessInstanceQuery().processDefinitionKey(PROCESS).count();
    assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey(PROCESS, bad))
        .hasMessageContaining("「知悉時間」不可晚於現在").hasMessageContaining("只有 1 到 4 級");
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(PROCESS).count()).isEqualTo(before);
  }

  private ProcessInstance toParallelSteps(int level) {
    ProcessInstance pi = runtimeService.startProcessInstanceByKey(PROCESS, EvidenceFixtures.incident(level));
    complete(task(pi), EvidenceFixtures.notification());
    complete(task(pi), withVariables("members", List.of("planning-clerk", "ethics-clerk")));
    return pi;
  }

  private void finishParallelSteps(ProcessInstance pi) {
    complete(taskAt("preserve-scene", pi), withVariables("sceneRecord", "已保全"));
    complete(taskAt("acquire-evidence", pi), withVariables("evidenceDescription", "日誌", "evidenceSha256", EvidenceFixtures.SHA,
        "evidenceAcquiredBy", "planning-clerk"));
    complete(taskAt("contain-and-recover", pi), withVariables("recoveryMeasures", "已復原", "recoveredAt", "2026-12-01T10:00"));
  }

  private static Task taskAt(String key, ProcessInstance pi) {
    return BpmnAwareTests.taskQuery().processInstanceId(pi.getId()).taskDefinitionKey(key).singleResult();
  }

  private List<String> candidateUsers(Task task) {
    return taskService.getIdentityLinksForTask(task.getId()).stream()
        .filter(l -> "candidate".equals(l.getType()) && l.getUserId() != null).map(IdentityLink::getUserId).toList();
  }

  private long incidentId(ProcessInstance pi) {
    return incidents.findByProcessInstance(pi.getId()).orElseThrow().id();
  }

  private int mails(ProcessInstance pi) {
    return jdbc.queryForObject("select count(*) from app_mail where process_instance_id = ?", Integer.class, pi.getId());
  }
}
