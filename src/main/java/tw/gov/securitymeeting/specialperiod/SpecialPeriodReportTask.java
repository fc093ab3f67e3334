package tw.gov.securitymeeting.specialperiod;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import tw.gov.securitymeeting.organization.FilterColumns;
import tw.gov.securitymeeting.organization.Organization;
import tw.gov.securitymeeting.system.FieldProblem;
import tw.gov.securitymeeting.system.RocDates;
import tw.gov.securitymeeting.system.SubmittedValues;
import tw.gov.securitymeeting.system.UserTaskListener;

/**
 * 「彙整成果報告」 (政風處 writes the summary; the ODT is built from the tables) and 「核閱成果報告」 (the
 * chair's review, the plan's last step).
 */
@Component("specialPeriodReportTask")
class SpecialPeriodReportTask implements UserTaskListener {

  private final PlanRepository plans;
  private final SpecialPeriodQueries queries;
  private final Organization organization;

  SpecialPeriodReportTask(PlanRepository plans, SpecialPeriodQueries queries, Organization organization) {
    this.plans = plans;
    this.queries = queries;
    this.organization = organization;
  }

  @Override
  public void onCreate(DelegateTask task) {
    PlanRepository.PlanRow plan = plans.byProcessInstance(task.getProcessInstanceId()).orElseThrow();
    boolean compile = "compile-report".equals(task.getTaskDefinitionKey());
    FilterColumns.set(task, plan.title(), SpecialPeriodApprovalTask.SOURCE,
        organization.unitName(compile ? organization.secretariat() : organization.chairGroup()));
    task.setDescription(plan.title() + "（" + PlanTexts.period(plan) + "）");
    task.setVariableLocal("reportOverview", queries.overview(plan.id()));
    task.setVariableLocal("reportLink", "/api/special-periods/" + plan.id() + "/report?format=odt");
    if (compile) {
      plans.setStatus(plan.id(), PlanStatus.COMPILING);
    } else {
      task.setVariableLocal("reportSummary", plan.summary());
    }
  }

  @Override
  public void onComplete(DelegateTask task) {
    PlanRepository.PlanRow plan = plans.byProcessInstance(task.getProcessInstanceId()).orElseThrow();
    boolean compile = "compile-report".equals(task.getTaskDefinitionKey());
    List<FieldProblem> problems = new ArrayList<>();
    if (compile) {
      String summary = PlanValidator.required(SubmittedValues.text(task.getVariable("summary")), "summary", "成果摘要與檢討", 8000, problems);
      SubmittedValues.refuseIf(problems);
      plans.saveSummary(plan.id(), summary);
    } else {
      String comment = PlanValidator.limited(SubmittedValues.text(task.getVariable("reviewComment")), "reviewComment", "核閱意見", 4000, problems);
      SubmittedValues.refuseIf(problems);
      plans.review(plan.id(), comment == null ? "閱" : comment, RocDates.now());
    }
  }
}
