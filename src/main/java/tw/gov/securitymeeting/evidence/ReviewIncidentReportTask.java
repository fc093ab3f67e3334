package tw.gov.securitymeeting.evidence;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import tw.gov.securitymeeting.system.FieldProblem;
import tw.gov.securitymeeting.system.SubmittedValues;

/** 「審核調查處理及改善報告」: approve (the case is closed and archived) or return with a reason. */
@Component("reviewIncidentReportTask")
class ReviewIncidentReportTask extends EvidenceStep {

  static final List<String> DECISIONS = List.of("approve", "return");

  ReviewIncidentReportTask(EvidenceSteps steps) {
    super(steps, IncidentStatus.REVIEWING);
  }

  @Override
  void record(DelegateTask task) {
    List<FieldProblem> problems = new ArrayList<>();
    String decision = SubmittedValues.choice(task.getVariable("decision"), "decision", "審核結果", DECISIONS, problems);
    String reason = "return".equals(decision)
        ? SubmittedValues.requiredText(task.getVariable("returnReason"), "returnReason", "退回原因", EvidenceSteps.MAX_TEXT, problems)
        : null;
    SubmittedValues.refuseIf(problems);
    var instance = task.getExecution().getProcessInstance();
    instance.setVariable("approved", "approve".equals(decision));
    instance.setVariable("lastReturnReason", reason);
  }
}
