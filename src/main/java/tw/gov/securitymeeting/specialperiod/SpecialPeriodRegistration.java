package tw.gov.securitymeeting.specialperiod;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import tw.gov.securitymeeting.system.CurrentUser;
import tw.gov.securitymeeting.system.InvalidRequestException;
import tw.gov.securitymeeting.system.RocDates;
import tw.gov.securitymeeting.system.SubmittedValues;

/**
 * 「登錄計畫」: the plan from the start form or the API, written from scratch or copied from an earlier plan
 * ({@code copyFrom}) with its dates moved. Runs in the start's transaction: a refused plan starts nothing.
 */
@Component("specialPeriodRegistration")
class SpecialPeriodRegistration implements JavaDelegate {

  private final PlanValidator validator;
  private final PlanRepository plans;
  private final CurrentUser currentUser;

  SpecialPeriodRegistration(PlanValidator validator, PlanRepository plans, CurrentUser currentUser) {
    this.validator = validator;
    this.plans = plans;
    this.currentUser = currentUser;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Long copyFrom = copyFrom(execution);
    ValidPlan plan;
    try {
      plan = validator.validate(copyFrom == null ? PlanVariables.request(execution) : copied(copyFrom, execution));
    } catch (InvalidRequestException refused) {
      throw SubmittedValues.refusal(refused.problems());
    }
    long id = plans.insert(plan, copyFrom, currentUser.id(), RocDates.now());
    plans.setProcessInstance(id, execution.getProcessInstanceId());
    execution.setProcessBusinessKey("special-period-" + id);
    execution.setVariable("planId", id);
    execution.setVariable("planTitle", plan.title());
  }

  private PlanRequest copied(long sourceId, DelegateExecution execution) {
    PlanRepository.PlanRow source = plans.find(sourceId)
        .orElseThrow(() -> SubmittedValues.refusal("copyFrom", "沒有編號 " + sourceId + " 的專案安全維護計畫可複製。"));
    return PlanCopy.of(source, plans.measures(sourceId), PlanVariables.date(execution, "startDate"),
        PlanVariables.date(execution, "endDate"), SubmittedValues.text(execution, "title"));
  }

  private static Long copyFrom(DelegateExecution execution) {
    String text = SubmittedValues.text(execution.getVariable("copyFrom"));
    if (text == null) {
      return null;
    }
    try {
      return Long.parseLong(text);
    } catch (NumberFormatException notANumber) {
      throw SubmittedValues.refusal("copyFrom", "要複製的計畫編號「" + text + "」不是數字。");
    }
  }
}
