package tw.gov.securitymeeting.system;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

/**
 * The listener of a user task as every feature writes it, registered in the BPMN for {@code create} and
 * {@code complete}: {@link #onCreate} shows the case (description, filter columns, what came before),
 * {@link #onComplete} reads and checks the answer and records it; {@link #onDelete} (a task cancelled, e.g. by a
 * correction) does nothing unless overridden. Other events are ignored.
 */
public interface UserTaskListener extends TaskListener {

  @Override
  default void notify(DelegateTask task) {
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      onCreate(task);
    } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
      onComplete(task);
    } else if (EVENTNAME_DELETE.equals(task.getEventName())) {
      onDelete(task);
    }
  }

  void onCreate(DelegateTask task);

  void onComplete(DelegateTask task);

  default void onDelete(DelegateTask task) {}
}
