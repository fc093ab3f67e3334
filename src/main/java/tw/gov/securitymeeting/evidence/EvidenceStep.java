package tw.gov.securitymeeting.evidence;

import org.camunda.bpm.engine.delegate.DelegateTask;
import tw.gov.securitymeeting.system.UserTaskListener;

/**
 * A step of digital-evidence-preservation.bpmn. On create it enters the case with the step's incident status
 * ({@link EvidenceSteps#created}) and shows what the step needs; on complete it checks and records the answer,
 * then notes who completed the step and when.
 */
abstract class EvidenceStep implements UserTaskListener {

  final EvidenceSteps steps;
  private final IncidentStatus status;

  EvidenceStep(EvidenceSteps steps, IncidentStatus status) {
    this.steps = steps;
    this.status = status;
  }

  @Override
  public final void onCreate(DelegateTask task) {
    show(task, steps.created(task, status));
  }

  @Override
  public final void onComplete(DelegateTask task) {
    record(task);
    steps.completed(task);
  }

  /** What the step shows besides the case; nothing by default. */
  void show(DelegateTask task, IncidentRepository.IncidentRow incident) {}

  /** Checks the answer and records it; a bad answer throws the refusal (400 in Chinese) and nothing is recorded. */
  abstract void record(DelegateTask task);
}
