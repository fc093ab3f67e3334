package tw.gov.securitymeeting.evidence;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** 「保全現場」: the scene-preservation record. */
@Component("preserveSceneTask")
class PreserveSceneTask implements TaskListener {

  private final EvidenceSteps steps;

  PreserveSceneTask(EvidenceSteps steps) {
    this.steps = steps;
  }

  @Override
  public void notify(DelegateTask task) {
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      steps.created(task, IncidentStatus.HANDLING);
    } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
      steps.requireText(task, "sceneRecord", "現場保全紀錄");
      steps.completed(task);
    }
  }
}
