package tw.gov.securitymeeting.specialperiod;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import tw.gov.securitymeeting.organization.FilterColumns;
import tw.gov.securitymeeting.organization.Organization;
import tw.gov.securitymeeting.system.InvalidRequestException;
import tw.gov.securitymeeting.system.RocDates;
import tw.gov.securitymeeting.system.SubmittedValues;
import tw.gov.securitymeeting.system.UserTaskListener;

/**
 * 「核定計畫」 (the chair approves, 奉核定後實施, or returns it with a reason) and 「擬訂計畫」 after a return
 * (政風處 revises the plan, shown prefilled). The plan is the one of this process instance, from its row.
 */
@Component("specialPeriodApprovalTask")
class SpecialPeriodApprovalTask implements UserTaskListener {

  static final String SOURCE = "專案安全維護計畫";

  private final PlanRepository plans;
  private final PlanValidator validator;
  private final PlanTexts texts;
  private final Organization organization;

  SpecialPeriodApprovalTask(PlanRepository plans, PlanValidator validator, PlanTexts texts, Organization organization) {
    this.plans = plans;
    this.validator = validator;
    this.texts = texts;
    this.organization = organization;
  }

  @Override
  public void onCreate(DelegateTask task) {
    PlanRepository.PlanRow plan = plans.byProcessInstance(task.getProcessInstanceId()).orElseThrow();
    boolean approval = "approve-plan".equals(task.getTaskDefinitionKey());
    FilterColumns.set(task, plan.title(), SOURCE, organization.unitName(organization.secretariat()));
    task.setDescription(plan.title() + "（" + PlanTexts.period(plan) + "）");
    if (approval) {
      task.setVariableLocal("planSummary", texts.summary(plan, plans.measures(plan.id())));
    } else {
      // The step's own fields (input parameters), prefilled: an answer from Tasklist or over REST replaces them.
      PlanVariables.fields(plan, plans.measures(plan.id())).forEach(task.getExecution()::setVariableLocal);
      task.setVariableLocal("lastReturnReason", plan.returnReason());
    }
  }

  @Override
  public void onComplete(DelegateTask task) {
    PlanRepository.PlanRow plan = plans.byProcessInstance(task.getProcessInstanceId()).orElseThrow();
    boolean approval = "approve-plan".equals(task.getTaskDefinitionKey());
    if (approval) {
      decide(task, plan);
    } else {
      revise(task, plan);
    }
  }

  private void decide(DelegateTask task, PlanRepository.PlanRow plan) {
    String decision = SubmittedValues.text(task.getVariable("decision"));
    if (!"approve".equals(decision) && !"return".equals(decision)) {
      throw SubmittedValues.refusal("decision", "請選擇核定結果：核定實施（approve）或退回修正（return）。");
    }
    String reason = SubmittedValues.text(task.getVariable("returnReason"));
    if ("return".equals(decision)) {
      if (reason == null) {
        throw SubmittedValues.refusal("returnReason", "退回修正時請說明原因。");
      }
      plans.returnForRevision(plan.id(), reason);
    } else {
      plans.approve(plan.id(), RocDates.now());
    }
  }

  private void revise(DelegateTask task, PlanRepository.PlanRow plan) {
    try {
      plans.update(plan.id(), validator.validate(PlanVariables.request(task)));
    } catch (InvalidRequestException refused) {
      throw SubmittedValues.refusal(refused.problems());
    }
    plans.setStatus(plan.id(), PlanStatus.PENDING_APPROVAL);
  }
}
