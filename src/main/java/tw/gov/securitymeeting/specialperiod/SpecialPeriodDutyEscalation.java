package tw.gov.securitymeeting.specialperiod;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import tw.gov.securitymeeting.mail.MailOutbox;
import tw.gov.securitymeeting.mail.MailTemplates;
import tw.gov.securitymeeting.mail.OutgoingMail;
import tw.gov.securitymeeting.organization.Organization;
import tw.gov.securitymeeting.system.RocDates;

/**
 * 「陳報未登錄值勤紀錄」: the morning after a duty day, if that day's rounds are still unrecorded, the duty
 * unit's head gets a mail. Which days are late is read from app_sp_duty_day (every past, unrecorded,
 * not yet escalated day of the plan), so a re-run or a second node sends nothing twice.
 */
@Component("specialPeriodDutyEscalation")
class SpecialPeriodDutyEscalation implements JavaDelegate {

  private final SpecialPeriodPlans periodPlans;
  private final DutyLogRepository duty;
  private final SpecialPeriodDutyTask dutyTask;
  private final SpecialPeriodProperties properties;
  private final Organization organization;
  private final MailOutbox outbox;
  private final MailTemplates templates;

  SpecialPeriodDutyEscalation(SpecialPeriodPlans periodPlans, DutyLogRepository duty, SpecialPeriodDutyTask dutyTask,
      SpecialPeriodProperties properties, Organization organization, MailOutbox outbox, MailTemplates templates) {
    this.periodPlans = periodPlans;
    this.duty = duty;
    this.dutyTask = dutyTask;
    this.properties = properties;
    this.organization = organization;
    this.outbox = outbox;
    this.templates = templates;
  }

  @Override
  public void execute(DelegateExecution execution) {
    PlanRepository.PlanRow plan = periodPlans.plan(execution);
    LocalDate today = RocDates.today();
    String unit = properties.dutyGroup();
    List<String> head = organization.headEmail(unit).stream().toList();
    for (DutyLogRepository.DutyDayRow day : duty.days(plan.id())) {
      if (day.recorded() || day.escalatedAt() != null || !day.dutyDate().isBefore(today)) {
        continue;
      }
      String dayText = dutyTask.dayText(day.dutyDate());
      MailTemplates.Body body = templates.render("special-period-duty-missed", Map.of(
          "addressee", organization.unitName(unit) + "主管", "plan", plan.title(), "day", dayText,
          "unit", organization.unitName(unit), "tasklist", templates.tasklist()));
      outbox.enqueue(new OutgoingMail("special-period-duty-" + plan.id() + "-" + day.dutyDate(), "special-period-duty-missed",
          null, execution.getProcessInstanceId(), head, "【未登錄】" + dayText + "值勤巡查紀錄尚未登錄（" + plan.title() + "）",
          body.text(), body.html()));
      duty.escalated(day.id(), RocDates.now());
    }
  }
}
