package tw.gov.securitymeeting.specialperiod;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import tw.gov.securitymeeting.calendar.WorkingDayCalendar;
import tw.gov.securitymeeting.organization.FilterColumns;
import tw.gov.securitymeeting.organization.Organization;
import tw.gov.securitymeeting.system.CurrentUser;
import tw.gov.securitymeeting.system.FieldProblem;
import tw.gov.securitymeeting.system.RocDates;
import tw.gov.securitymeeting.system.SubmittedValues;
import tw.gov.securitymeeting.system.UserTaskListener;

/**
 * 「登錄值勤巡查紀錄」, one per calendar day of the period. The day is written to app_sp_duty_day with the
 * task when the engine creates it, and read back from there when the record is submitted.
 */
@Component("specialPeriodDutyTask")
class SpecialPeriodDutyTask implements UserTaskListener {

  private final PlanRepository plans;
  private final DutyLogRepository duty;
  private final WorkingDayCalendar calendar;
  private final SpecialPeriodProperties properties;
  private final Organization organization;
  private final CurrentUser currentUser;

  SpecialPeriodDutyTask(PlanRepository plans, DutyLogRepository duty, WorkingDayCalendar calendar, SpecialPeriodProperties properties,
      Organization organization, CurrentUser currentUser) {
    this.plans = plans;
    this.duty = duty;
    this.calendar = calendar;
    this.properties = properties;
    this.organization = organization;
    this.currentUser = currentUser;
  }

  @Override
  public void onCreate(DelegateTask task) {
    PlanRepository.PlanRow plan = plans.byProcessInstance(task.getProcessInstanceId()).orElseThrow();
    LocalDate day = LocalDate.parse((String) task.getVariable("dutyDay"));
    duty.dayOpened(plan.id(), day, task.getId());
    String dayText = dayText(day);
    task.setName(task.getName() + "：" + dayText);
    task.setDescription(plan.title());
    task.setVariableLocal("dutyDayText", dayText);
    FilterColumns.set(task, plan.title() + "　" + dayText, "值勤巡查紀錄", organization.unitName(properties.dutyGroup()));
  }

  @Override
  public void onComplete(DelegateTask task) {
    DutyLogRepository.DutyDayRow row = duty.byTask(task.getId())
        .orElseThrow(() -> SubmittedValues.refusal("task", "這件待辦不是專案期間的值勤巡查紀錄。"));
    record(row, SubmittedValues.text(task.getVariable("checkedAreas")), SubmittedValues.text(task.getVariable("anomalies")),
        SubmittedValues.text(task.getVariable("onDuty")));
  }

  /** 「111年1月31日(星期一) 春節」: the day with its holiday name, if it has one. */
  String dayText(LocalDate day) {
    return RocDates.withWeekday(day) + calendar.holidayName(day).map(name -> " " + name).orElse("");
  }

  void record(DutyLogRepository.DutyDayRow row, String checkedAreas, String anomalies, String onDuty) {
    List<FieldProblem> problems = new ArrayList<>();
    PlanValidator.required(checkedAreas, "checkedAreas", "巡查區域", PlanValidator.MAX_TEXT, problems);
    PlanValidator.limited(anomalies, "anomalies", "異常狀況", PlanValidator.MAX_TEXT, problems);
    PlanValidator.required(onDuty, "onDuty", "值勤人員", 500, problems);
    SubmittedValues.refuseIf(problems);
    duty.record(row.id(), checkedAreas, anomalies == null ? "無" : anomalies, onDuty, currentUser.id(), RocDates.now());
  }
}
