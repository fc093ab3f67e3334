package tw.gov.securitymeeting.evidence;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import tw.gov.securitymeeting.system.FieldProblem;
import tw.gov.securitymeeting.system.SubmittedValues;

/** 「審核調查處理及改善報告」: approve (the case is closed and archived) or return with a reason. */
@Component("reviewIncidentReportTask")
class ReviewIncidentReportTask implements TaskListener {

  static final List<String> DECISIONS = List.of("approve", "return");

  private final EvidenceSteps steps;

  ReviewIncidentReportTask(EvidenceSteps steps) {
    this.steps = steps;
  }

  @Override
  public void notify(DelegateTask task) {
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      steps.created(task, IncidentStatus.REVIEWING);
    } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
      List<FieldProblem> problems = new ArrayList<>();
      String decision = SubmittedValues.choice(task.getVariable("decision"), "decision", "審核結果", DECISIONS, problems);
      String reason = "return".equals(decision)
          ? SubmittedValues.requiredText(task.getVariable("returnReason"), "returnReason", "退回原因", EvidenceSteps.MAX_TEXT, problems)
          : null;
      SubmittedValues.refuseIf(problems);
      var instance = task.getExecution().getProcessInstance();
      instance.setVariable("approved", "approve".equals(decision));
      instance.setVariable("lastReturnReason", reason);
      steps.completed(task);
    }
  }
}
