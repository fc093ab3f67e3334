package tw.gov.securitymeeting.publication;

import org.camunda.bpm.engine.delegate.DelegateTask;
import tw.gov.securitymeeting.system.UserTaskListener;

/** The drafter's and the unit's tasks on a notice: created, each shows the notice in Tasklist ({@link PublicationTexts#describe}). */
interface NoticeTask extends UserTaskListener {

  @Override
  default void onCreate(DelegateTask task) {
    PublicationTexts.describe(task);
  }
}
