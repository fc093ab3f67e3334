package tw.gov.securitymeeting.evidence;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import tw.gov.securitymeeting.system.FieldProblem;
import tw.gov.securitymeeting.system.SubmittedValues;

/** 「損害控制與復原」: the measures taken and when the systems were recovered, not later than now. */
@Component("containAndRecoverTask")
class ContainAndRecoverTask extends EvidenceStep {

  private final IncidentRepository incidents;

  ContainAndRecoverTask(EvidenceSteps steps, IncidentRepository incidents) {
    super(steps, IncidentStatus.HANDLING);
    this.incidents = incidents;
  }

  @Override
  void record(DelegateTask task) {
    List<FieldProblem> problems = new ArrayList<>();
    SubmittedValues.requiredText(task.getVariable("recoveryMeasures"), "recoveryMeasures", "損害控制與復原措施",
        EvidenceSteps.MAX_TEXT, problems);
    Instant at = SubmittedValues.pastTime(task.getVariable("recoveredAt"), "recoveredAt", "完成復原時間", Duration.ZERO, problems);
    SubmittedValues.refuseIf(problems);
    incidents.recordRecovery(steps.incident(task).id(), at);
  }
}
