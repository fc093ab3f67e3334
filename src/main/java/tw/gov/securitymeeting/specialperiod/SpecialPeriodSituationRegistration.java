package tw.gov.securitymeeting.specialperiod;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import tw.gov.securitymeeting.organization.Organization;
import tw.gov.securitymeeting.system.CurrentUser;
import tw.gov.securitymeeting.system.InvalidRequestException;
import tw.gov.securitymeeting.system.RocDates;
import tw.gov.securitymeeting.system.SubmittedValues;

/**
 * 「登錄狀況通報」: checks the report against its plan (from the start form or the API) and records it with
 * the first entry of its timeline. Without a plan number the plan running today is taken.
 */
@Component("specialPeriodSituationRegistration")
class SpecialPeriodSituationRegistration implements JavaDelegate {

  private final PlanRepository plans;
  private final SituationRepository situations;
  private final SituationValidator validator;
  private final Organization organization;
  private final CurrentUser currentUser;

  SpecialPeriodSituationRegistration(PlanRepository plans, SituationRepository situations, SituationValidator validator,
      Organization organization, CurrentUser currentUser) {
    this.plans = plans;
    this.situations = situations;
    this.validator = validator;
    this.organization = organization;
    this.currentUser = currentUser;
  }

  @Override
  public void execute(DelegateExecution execution) {
    PlanRepository.PlanRow plan = plan(SubmittedValues.text(execution.getVariable("planId")));
    ValidSituation situation;
    try {
      situation = validator.validate(plan, new SituationRequest(SubmittedValues.text(execution, "kind"),
          execution.getVariable("ownAgency"), SubmittedValues.text(execution, "description"),
          SubmittedValues.text(execution, "place"), SubmittedValues.text(execution, "occurredAt"),
          SubmittedValues.text(execution, "unit"), reporter(execution), SubmittedValues.text(execution, "notifiedAuthority")));
    } catch (InvalidRequestException refused) {
      throw SubmittedValues.refusal(refused.problems());
    }
    long id = situations.insert(plan.id(), situation, currentUser.id(), RocDates.now());
    situations.setProcessInstance(id, execution.getProcessInstanceId());
    situations.event(id, "狀況通報", situation.kind().label() + "：" + situation.description(), currentUser.id(), RocDates.now());
    if (!situation.ownAgency()) {
      situations.event(id, "已通報主管機關", situation.notifiedAuthority(), currentUser.id(), RocDates.now());
    }
    execution.setProcessBusinessKey("situation-" + id);
    execution.setVariable("situationId", id);
    execution.setVariable("situationSummary", "【" + situation.kind().label() + "】" + situation.description() + "（"
        + situation.place() + "，" + RocDates.format(situation.occurredAt()) + "，" + organization.unitName(situation.unitId()) + "）");
  }

  private PlanRepository.PlanRow plan(String planId) {
    if (planId == null) {
      List<PlanRepository.PlanRow> running = plans.runningOn(RocDates.today());
      if (running.size() != 1) {
        throw SubmittedValues.refusal("planId", running.isEmpty() ? "今天沒有執行中的專案安全維護計畫，請填寫計畫編號。"
            : "今天有數個執行中的專案安全維護計畫，請填寫計畫編號。");
      }
      return running.get(0);
    }
    try {
      return plans.find(Long.parseLong(planId))
          .orElseThrow(() -> SubmittedValues.refusal("planId", "沒有編號 " + planId + " 的專案安全維護計畫。"));
    } catch (NumberFormatException notANumber) {
      throw SubmittedValues.refusal("planId", "計畫編號「" + planId + "」不是數字。");
    }
  }

  private String reporter(DelegateExecution execution) {
    String reporter = SubmittedValues.text(execution, "reporter");
    if (reporter == null && currentUser.id() != null) {
      return organization.userName(currentUser.id());
    }
    return reporter;
  }
}
