package tw.gov.securitymeeting.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static tw.gov.securitymeeting.followup.FollowUpFixtures.item;
import static tw.gov.securitymeeting.followup.FollowUpFixtures.meeting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tw.gov.securitymeeting.ApplicationTest;
import tw.gov.securitymeeting.organization.Organization;

/** Walkthroughs of resolution-follow-up.bpmn: the happy path and every alternative path. */
@ApplicationTest
class ResolutionFollowUpProcessTest {

  @Autowired ProcessEngine processEngine;
  @Autowired RuntimeService runtimeService;
  @Autowired MeetingRegistration registration;
  @Autowired MeetingQueries queries;
  @Autowired Organization organization;

  MeetingRegistration.RegisteredMeeting meeting;

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(processEngine);
    ClockUtil.setCurrentTime(Date.from(LocalDate.of(2016, 10, 20).atStartOfDay(ZoneId.of("Asia/Taipei")).toInstant()));
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void shouldCloseAnItemWhenTheChairApprovesTheReport() {
    ProcessInstance item = register(item("一", "ethics"));

    assertThat(item).isWaitingAt("report-progress");
    Task report = task(item);
    assertThat(report).hasCandidateGroup("ethics").hasName("填報辦理情形");
    // Ten working days before the next meeting (2017-01-18): 2017-01-04.
    assertThat(report.getDueDate()).isEqualTo(RocDatesForTest.endOfDay(LocalDate.of(2017, 1, 4)));
    complete(report, withVariables("status", "DONE", "progress", "已完成宣導", "suggestion", "close"));

    assertThat(item).isWaitingAt("secretariat-review");
    assertThat(task(item)).hasCandidateGroup("ethics");
    // Five working days before the meeting.
    assertThat(task(item).getDueDate()).isEqualTo(RocDatesForTest.endOfDay(LocalDate.of(2017, 1, 11)));
    assertThat(status()).isEqualTo(ItemStatus.AWAITING_SECRETARIAT);
    complete(task(item), withVariables("recommendation", "close", "note", "已完成"));

    assertThat(item).isWaitingAt("chair-ruling");
    assertThat(task(item)).hasCandidateGroup("chair");
    // On the meeting day.
    assertThat(task(item).getDueDate()).isEqualTo(RocDatesForTest.endOfDay(LocalDate.of(2017, 1, 18)));
    assertThat(status()).isEqualTo(ItemStatus.AWAITING_CHAIR);
    complete(task(item), withVariables("ruling", "close"));

    assertThat(item).isEnded().hasPassed("item-closed");
    MeetingViews.Item view = view();
    assertThat(view.status()).isEqualTo(ItemStatus.CLOSED);
    assertThat(view.rounds()).hasSize(1);
    assertThat(view.rounds().get(0).reports()).extracting(MeetingViews.Report::progress).containsExactly("已完成宣導");
    assertThat(view.rounds().get(0).reviews()).extracting(MeetingViews.Review::recommendation).containsExactly("close");
    assertThat(view.rounds().get(0).ruling()).isEqualTo("close");
  }

  @Test
  void shouldAskTwoUnitsInParallelAndWaitForBoth() {
    ProcessInstance item = register(item("二", "administration", "education"));

    List<Task> reports = taskQuery().processInstanceId(item.getId()).taskDefinitionKey("report-progress").list();
    assertThat(reports).hasSize(2);
    assertThat(candidateGroups(reports)).containsExactlyInAnyOrder("administration", "education");

    complete(reports.get(0), withVariables("status", "IN_PROGRESS", "progress", "辦理中", "suggestion", "continue"));
    assertThat(item).isWaitingAt("report-progress");
    complete(reports.get(1), withVariables("status", "DONE", "progress", "已完成", "suggestion", "close"));

    assertThat(item).isWaitingAt("secretariat-review");
    assertThat(processEngine.getTaskService().getVariable(task(item).getId(), "reportsSummary").toString())
        .contains("行政處", "教育處", "辦理中", "已完成");
  }

  @Test
  void shouldSendTheRoundBackToTheUnitTheSecretariatNames() {
    ProcessInstance item = register(item("三", "administration", "education"));
    for (Task report : taskQuery().processInstanceId(item.getId()).list()) {
      complete(report, withVariables("status", "DONE", "progress", "第一次填報", "suggestion", "close"));
    }

    complete(task(item), withVariables("returnTo", List.of("education"), "returnReason", "請補充辦理日期"));

    List<Task> again = taskQuery().processInstanceId(item.getId()).list();
    assertThat(again).hasSize(1);
    assertThat(again.get(0)).hasDefinitionKey("report-progress").hasCandidateGroup("education");
    assertThat(processEngine.getTaskService().getVariable(again.get(0).getId(), "roundHistory").toString()).contains("請補充辦理日期");
    complete(again.get(0), withVariables("status", "DONE", "progress", "已於105年10月1日完成", "suggestion", "close"));

    assertThat(item).isWaitingAt("secretariat-review");
    complete(task(item), withVariables("recommendation", "close"));
    assertThat(item).isWaitingAt("chair-ruling");
    MeetingViews.Round round = view().rounds().get(0);
    assertThat(round.reports()).hasSize(3);
    assertThat(round.reviews()).hasSize(2);
    assertThat(round.reviews().get(0).returnTo()).extracting(MeetingViews.Unit::id).containsExactly("education");
  }

  @Test
  void shouldStartASecondRoundWhenTheChairContinuesAndCloseItThere() {
    ProcessInstance item = register(item("四", "ethics"));
    complete(task(item), withVariables("status", "DONE", "progress", "已函詢移民署", "suggestion", "close"));
    complete(task(item), withVariables("recommendation", "close"));

    complete(task(item), withVariables(
        "ruling", "continue", "instruction", "請加強宣導赴陸申請手續", "newDueDate", "2017-04-18",
        "leadUnits", List.of("ethics", "planning")));

    List<Task> round2 = taskQuery().processInstanceId(item.getId()).list();
    assertThat(round2).hasSize(2);
    assertThat(candidateGroups(round2)).containsExactlyInAnyOrder("ethics", "planning");
    assertThat(round2.get(0).getDueDate()).isEqualTo(RocDatesForTest.endOfDay(LocalDate.of(2017, 4, 18)));
    assertThat(processEngine.getTaskService().getVariable(round2.get(0).getId(), "instruction")).isEqualTo("請加強宣導赴陸申請手續");
    assertThat(view().currentRound()).isEqualTo(2);
    assertThat(view().status()).isEqualTo(ItemStatus.OPEN);

    for (Task report : round2) {
      complete(report, withVariables("status", "DONE", "progress", "已宣導", "suggestion", "close"));
    }
    complete(task(item), withVariables("recommendation", "close"));
    complete(task(item), withVariables("ruling", "close"));

    assertThat(item).isEnded();
    MeetingViews.Item view = view();
    assertThat(view.rounds()).extracting(MeetingViews.Round::ruling).containsExactly("continue", "close");
    assertThat(view.rounds().get(1).instruction()).isEqualTo("請加強宣導赴陸申請手續");
    assertThat(view.rounds().get(1).leadUnits()).extracting(MeetingViews.Unit::id).containsExactly("ethics", "planning");
  }

  @Test
  void shouldAskEveryUnitWhenTheItemIsForAll() {
    ProcessInstance item = register(item("五", "all"));

    List<Task> reports = taskQuery().processInstanceId(item.getId()).list();
    assertThat(candidateGroups(reports))
        .containsExactlyInAnyOrder("administration", "ethics", "planning", "construction", "education", "social-affairs");
    assertThat(view().allUnits()).isTrue();
  }

  @Test
  void shouldRefuseAReportWithoutProgressText() {
    ProcessInstance item = register(item("六", "ethics"));

    assertThatThrownBy(() -> complete(task(item), withVariables("status", "DONE", "progress", "  ", "suggestion", "close")))
        .hasRootCauseInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("辦理情形");
    assertThatThrownBy(() -> complete(task(item), withVariables("status", "FINISHED", "progress", "x", "suggestion", "close")))
        .hasRootCauseInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("辦理狀態");
    assertThatThrownBy(() -> complete(task(item), withVariables("status", "DONE", "progress", "x".repeat(4001), "suggestion", "close")))
        .hasRootCauseInstanceOf(FormFieldValidationException.class).hasMessageContaining("4000");
    assertThat(item).isWaitingAt("report-progress");
  }

  @Test
  void shouldRefuseAContinueRulingWithoutInstructionOrWithAPastDueDate() {
    ProcessInstance item = register(item("七", "ethics"));
    complete(task(item), withVariables("status", "DONE", "progress", "完成", "suggestion", "close"));
    complete(task(item), withVariables("recommendation", "continue"));

    assertThatThrownBy(() -> complete(task(item), withVariables("ruling", "continue", "newDueDate", "2017-04-18")))
        .hasRootCauseInstanceOf(FormFieldValidationException.class).hasMessageContaining("續辦指示");
    assertThatThrownBy(() -> complete(task(item), withVariables("ruling", "continue", "instruction", "再辦", "newDueDate", "2016-10-20")))
        .hasRootCauseInstanceOf(FormFieldValidationException.class).hasMessageContaining("晚於今天");
    assertThatThrownBy(() -> complete(task(item), withVariables("ruling", "continue", "instruction", "再辦", "newDueDate", "2017-04-18", "leadUnits", List.of("police"))))
        .hasRootCauseInstanceOf(FormFieldValidationException.class).hasMessageContaining("police");
    assertThatThrownBy(() -> complete(task(item), withVariables("ruling", "maybe")))
        .hasRootCauseInstanceOf(FormFieldValidationException.class).hasMessageContaining("裁示");
    assertThat(item).isWaitingAt("chair-ruling");
    assertThat(view().rounds()).hasSize(1);
  }

  @Test
  void shouldNotReuseAnEarlierReturnWhenTheSecretariatReviewsAgain() {
    ProcessInstance item = register(item("八", "ethics"));
    complete(task(item), withVariables("status", "DONE", "progress", "第一次", "suggestion", "close"));
    complete(task(item), withVariables("returnTo", "ethics", "returnReason", "不完整"));
    complete(task(item), withVariables("status", "DONE", "progress", "第二次", "suggestion", "close"));

    complete(task(item), withVariables("recommendation", "close"));

    assertThat(item).isWaitingAt("chair-ruling");
  }

  /** The item, its round, due date and units are in the application's tables: as variables only what the forms show. */
  @Test
  void shouldKeepOnlyWhatTheFormsShowAsProcessVariables() {
    ProcessInstance item = register(item("六", "ethics"));

    assertThat(runtimeService.getVariables(item.getId()).keySet()).containsExactlyInAnyOrder("meetingTitle", "meetingHeldOn",
        "itemNumber", "subject", "instruction", "dueDateText", "leadUnits", "unitOptions");
  }

  /** The chair's 主辦單位 options are written into the form Tasklist gets (OrganizationForms), not stored per item. */
  @Test
  void shouldOfferTheChairEveryUnitOfTheOrganisationInTheForm() throws Exception {
    ProcessInstance item = register(item("七", "ethics"));
    complete(task(item), withVariables("status", "DONE", "progress", "已完成", "suggestion", "close"));
    complete(task(item), withVariables("recommendation", "close"));

    try (InputStream in = processEngine.getFormService().getDeployedTaskForm(task(item).getId())) {
      JsonNode leadUnits = new ObjectMapper().readTree(in).findParents("key").stream()
          .filter(c -> "leadUnits".equals(c.path("key").asText())).findFirst().orElseThrow();
      assertThat(leadUnits.has("valuesKey")).isFalse();
      assertThat(leadUnits.path("values").findValuesAsText("value")).containsExactlyElementsOf(organization.unitIds());
    }
  }

  private ProcessInstance register(ValidMeeting.Item item) {
    meeting = registration.register(meeting(item), "ethics-clerk");
    String id = meeting.items().get(0).processInstanceId();
    return runtimeService.createProcessInstanceQuery().processInstanceId(id).singleResult();
  }

  private MeetingViews.Item view() {
    return queries.meeting(meeting.id()).orElseThrow().items().get(0);
  }

  private ItemStatus status() {
    return view().status();
  }

  private List<String> candidateGroups(List<Task> tasks) {
    return tasks.stream()
        .flatMap(t -> processEngine.getTaskService().getIdentityLinksForTask(t.getId()).stream())
        .map(link -> link.getGroupId())
        .toList();
  }
}
