package tw.gov.securitymeeting.evidence;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import tw.gov.securitymeeting.system.FieldProblem;
import tw.gov.securitymeeting.system.SubmittedValues;

/** A step of the handling whose answer is one required text: refused when missing or too long. */
abstract class TextAnswerStep extends EvidenceStep {

  private final String field;
  private final String label;

  TextAnswerStep(EvidenceSteps steps, String field, String label) {
    super(steps, IncidentStatus.HANDLING);
    this.field = field;
    this.label = label;
  }

  @Override
  void record(DelegateTask task) {
    List<FieldProblem> problems = new ArrayList<>();
    SubmittedValues.requiredText(task.getVariable(field), field, label, EvidenceSteps.MAX_TEXT, problems);
    SubmittedValues.refuseIf(problems);
  }
}
