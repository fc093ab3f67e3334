package tw.gov.securitymeeting.specialperiod;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import tw.gov.securitymeeting.calendar.WorkingDayCalendar;
import tw.gov.securitymeeting.organization.Organization;
import tw.gov.securitymeeting.system.RocDates;

/**
 * What special-period-plan.bpmn asks about its plan: the 業管單位, the period's days and the deadlines.
 * Always read from the plan's row (found by the process instance), never from process variables a
 * client could have written.
 */
@Component("specialPeriodPlans")
public class SpecialPeriodPlans {

  private final PlanRepository plans;
  private final WorkingDayCalendar calendar;
  private final SpecialPeriodProperties properties;
  private final Organization organization;

  SpecialPeriodPlans(PlanRepository plans, WorkingDayCalendar calendar, SpecialPeriodProperties properties,
      Organization organization) {
    this.plans = plans;
    this.calendar = calendar;
    this.properties = properties;
    this.organization = organization;
  }

  PlanRepository.PlanRow plan(DelegateExecution execution) {
    return plans.byProcessInstance(execution.getProcessInstanceId())
        .orElseThrow(() -> new IllegalStateException("流程 " + execution.getProcessInstanceId() + " 沒有對應的專案安全維護計畫"));
  }

  public boolean approved(DelegateExecution execution) {
    return plan(execution).status() == PlanStatus.APPROVED;
  }

  /** Every 業管單位 named by a measure, in the organisation's order. */
  public List<String> units(DelegateExecution execution) {
    return units(plan(execution).id());
  }

  List<String> units(long planId) {
    Set<String> named = new LinkedHashSet<>();
    plans.measures(planId).forEach(m -> named.addAll(m.units()));
    return organization.unitIds().stream().filter(named::contains).toList();
  }

  /** Every calendar day of the period, holidays included, as YYYY-MM-DD. */
  public List<String> dutyDays(DelegateExecution execution) {
    PlanRepository.PlanRow plan = plan(execution);
    List<String> days = new ArrayList<>();
    for (LocalDate d = plan.startDate(); !d.isAfter(plan.endDate()); d = d.plusDays(1)) {
      days.add(d.toString());
    }
    return days;
  }

  LocalDate dispatchDueDate(PlanRepository.PlanRow plan) {
    return calendar.addWorkingDays(plan.startDate(), -properties.dispatchWorkingDays());
  }

  LocalDate reportDueDate(PlanRepository.PlanRow plan) {
    return calendar.addWorkingDays(plan.endDate(), properties.reportWorkingDays());
  }

  public Date dispatchDue(DelegateExecution execution) {
    return RocDates.endOfDay(dispatchDueDate(plan(execution)));
  }

  public Date reportDue(DelegateExecution execution) {
    return RocDates.endOfDay(reportDueDate(plan(execution)));
  }

  /** The approval (and a revision) is due the working day before the measures are. */
  public Date approvalDue(DelegateExecution execution) {
    return RocDates.endOfDay(calendar.addWorkingDays(dispatchDueDate(plan(execution)), -1));
  }

  public Date compileDue(DelegateExecution execution) {
    return RocDates.endOfDay(calendar.addWorkingDays(reportDueDate(plan(execution)), properties.compileWorkingDays()));
  }

  public Date reviewDue() {
    return RocDates.endOfDay(calendar.addWorkingDays(RocDates.today(), properties.reviewWorkingDays()));
  }

  /** The start of the day after the period: 填報執行情形 begins. */
  public Date periodOver(DelegateExecution execution) {
    return Date.from(plan(execution).endDate().plusDays(1).atStartOfDay(RocDates.TAIPEI).toInstant());
  }

  public Date dayStart(String day) {
    return Date.from(LocalDate.parse(day).atStartOfDay(RocDates.TAIPEI).toInstant());
  }

  public Date dayEnd(String day) {
    return RocDates.endOfDay(LocalDate.parse(day));
  }

  /** The next morning (default 08:00): an unrecorded day is escalated. */
  public Date escalation(String day) {
    return Date.from(LocalDate.parse(day).plusDays(1).atTime(properties.escalateAt()).atZone(RocDates.TAIPEI).toInstant());
  }

  public String dutyGroup() {
    return properties.dutyGroup();
  }
}
