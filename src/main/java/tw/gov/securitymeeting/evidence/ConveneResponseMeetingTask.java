package tw.gov.securitymeeting.evidence;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** 「召開資安事件應變會議」 (levels 3–4, the chair): the meeting's decisions. */
@Component("conveneResponseMeetingTask")
class ConveneResponseMeetingTask implements TaskListener {

  private final EvidenceSteps steps;

  ConveneResponseMeetingTask(EvidenceSteps steps) {
    this.steps = steps;
  }

  @Override
  public void notify(DelegateTask task) {
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      steps.created(task, IncidentStatus.HANDLING);
    } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
      steps.requireText(task, "meetingMinutes", "應變會議決議摘要");
      steps.completed(task);
    }
  }
}
