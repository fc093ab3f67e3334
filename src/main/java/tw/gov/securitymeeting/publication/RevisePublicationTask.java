package tw.gov.securitymeeting.publication;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import tw.gov.securitymeeting.system.RocDates;

/** 「修正公告內容」: the drafter revises the returned notice; it is then scanned and reviewed again. */
@Component("revisePublicationTask")
class RevisePublicationTask implements TaskListener {

  private final PublicationRepository repository;

  RevisePublicationTask(PublicationRepository repository) {
    this.repository = repository;
  }

  @Override
  public void notify(DelegateTask task) {
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      PublicationTexts.describe(task);
      return;
    }
    if (!EVENTNAME_COMPLETE.equals(task.getEventName())) {
      return;
    }
    String title = PublicationVariables.requiredText(task, "revisedTitle", "標題", PublicationRequestValidator.MAX_TITLE);
    String text = PublicationVariables.requiredText(task, "revisedText", "公告內容", PublicationRequestValidator.MAX_TEXT);
    long id = ((Number) task.getVariable("publicationId")).longValue();
    repository.revise(id, title, text, RocDates.now());
    var instance = task.getExecution().getProcessInstance();
    instance.setVariable("title", title);
    instance.setVariable("noticeText", text);
  }
}
