package tw.gov.securitymeeting.evidence;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import tw.gov.securitymeeting.system.FieldProblem;
import tw.gov.securitymeeting.system.SubmittedValues;

/** 「通報資安事件」: channel, reference number and time of the notification, not later than now. */
@Component("notifyIncidentTask")
class NotifyIncidentTask extends EvidenceStep {

  static final int MAX_FIELD = 200;

  private final IncidentRepository incidents;

  NotifyIncidentTask(EvidenceSteps steps, IncidentRepository incidents) {
    super(steps, IncidentStatus.NOTIFYING);
    this.incidents = incidents;
  }

  @Override
  void record(DelegateTask task) {
    List<FieldProblem> problems = new ArrayList<>();
    String channel = SubmittedValues.requiredText(task.getVariable("notifyChannel"), "notifyChannel", "通報管道", MAX_FIELD, problems);
    String reference = SubmittedValues.requiredText(task.getVariable("notifyReference"), "notifyReference", "通報編號", MAX_FIELD,
        problems);
    Instant at = SubmittedValues.pastTime(task.getVariable("notifiedAt"), "notifiedAt", "通報時間", Duration.ZERO, problems);
    SubmittedValues.refuseIf(problems);
    incidents.recordNotification(steps.incident(task).id(), channel, reference, at);
  }
}
