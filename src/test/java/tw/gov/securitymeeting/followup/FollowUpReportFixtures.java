package tw.gov.securitymeeting.followup;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;

/**
 * A meeting of three items followed up to the next meeting: 一 reported by two units (one of them
 * returned once) and closed by the chair; 二 reported by one unit and continued with a new
 * instruction; 三 for all units and not reported yet.
 */
final class FollowUpReportFixtures {

  static final String SUBJECT_1 = "有關頂樓垃圾桶定期清潔執行成效不彰";
  static final String DECISION_1 = "請行政處、教育處以循序漸進方式加強宣導";
  static final String ADMINISTRATION_PROGRESS = "已定期派清潔人員清理並加強宣導。";
  static final String EDUCATION_FIRST = "辦理中";
  static final String EDUCATION_PROGRESS = "已於105年9月函請各校加強宣導。";
  static final String SUBJECT_2 = "公務員進入大陸地區是否仍需辦理赴陸申請手續";
  static final String ETHICS_PROGRESS = "本處經詢內政部移民署，公務員進入大陸地區仍應依規定申請。";
  static final String INSTRUCTION_2 = "請本府政風處暨各政風機構加強宣導同仁應依相關規定辦理赴大陸地區之申請手續。";
  static final String SUBJECT_3 = "下班後未將電腦關機，恐致公務機密外洩";

  private FollowUpReportFixtures() {}

  /** Registers the meeting and completes its tasks; BpmnAwareTests must be initialised. */
  static MeetingRegistration.RegisteredMeeting followedUpMeeting(ProcessEngine engine, MeetingRegistration registration) {
    BpmnAwareTests.init(engine);
    ClockUtil.setCurrentTime(Date.from(LocalDate.of(2016, 10, 20).atStartOfDay(ZoneId.of("Asia/Taipei")).toInstant()));
    try {
      ValidMeeting meeting = new ValidMeeting("嘉義縣政府105年安全維護會報 " + UUID.randomUUID(), LocalDate.of(2016, 10, 19),
          LocalDate.of(2017, 1, 18), List.of(
              new ValidMeeting.Item("一", ItemKind.RESOLUTION, SUBJECT_1, DECISION_1, List.of("administration", "education"), null),
              new ValidMeeting.Item("二", ItemKind.INSTRUCTION, SUBJECT_2, null, List.of("ethics"), null),
              new ValidMeeting.Item("三", ItemKind.RESOLUTION, SUBJECT_3, SUBJECT_3, List.of("all"), null)));
      MeetingRegistration.RegisteredMeeting registered = registration.register(meeting, "ethics-clerk");
      String first = registered.items().get(0).processInstanceId();
      String second = registered.items().get(1).processInstanceId();

      complete(task(first, "administration"), report(ADMINISTRATION_PROGRESS, "close"));
      complete(task(first, "education"), report(EDUCATION_FIRST, "continue"));
      complete(task(first, "ethics"), withVariables("returnTo", List.of("education"), "returnReason", "請補充辦理日期"));
      complete(task(first, "education"), report(EDUCATION_PROGRESS, "close"));
      complete(task(first, "ethics"), withVariables("recommendation", "close", "note", "均已辦理"));
      complete(task(first, "chair"), withVariables("ruling", "close"));

      complete(task(second, "ethics"), report(ETHICS_PROGRESS, "close"));
      complete(task(second, "ethics"), withVariables("recommendation", "continue"));
      complete(task(second, "chair"), withVariables("ruling", "continue", "instruction", INSTRUCTION_2, "newDueDate", "2017-04-18"));
      return registered;
    } finally {
      ClockUtil.reset();
    }
  }

  private static java.util.Map<String, Object> report(String progress, String suggestion) {
    return withVariables("status", "DONE", "progress", progress, "suggestion", suggestion);
  }

  private static Task task(String processInstanceId, String group) {
    return taskQuery().processInstanceId(processInstanceId).taskCandidateGroup(group).singleResult();
  }
}
