package tw.gov.securitymeeting.evidence;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import tw.gov.securitymeeting.system.FieldProblem;
import tw.gov.securitymeeting.system.SubmittedValues;

/** 「撰寫調查處理及改善報告」: the seven parts of the report, each required. */
@Component("writeIncidentReportTask")
class WriteIncidentReportTask extends EvidenceStep {

  static final int MAX_REPORT = 8000;

  private final IncidentRepository incidents;

  WriteIncidentReportTask(EvidenceSteps steps, IncidentRepository incidents) {
    super(steps, IncidentStatus.REPORTING);
    this.incidents = incidents;
  }

  @Override
  void record(DelegateTask task) {
    List<FieldProblem> problems = new ArrayList<>();
    List<String> texts = new ArrayList<>();
    for (List<String> part : ReportParts.PARTS) {
      texts.add(SubmittedValues.requiredText(task.getVariable(part.get(0)), part.get(0), part.get(1).substring(2), MAX_REPORT,
          problems));
    }
    SubmittedValues.refuseIf(problems);
    incidents.saveReport(steps.incident(task).id(), ReportParts.of(texts));
  }
}
