package tw.gov.securitymeeting.publication;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import tw.gov.securitymeeting.system.FieldProblem;
import tw.gov.securitymeeting.system.RocDates;
import tw.gov.securitymeeting.system.SubmittedValues;

/** 「修正公告內容」: the drafter revises the returned notice; it is then scanned and reviewed again. */
@Component("revisePublicationTask")
class RevisePublicationTask implements NoticeTask {

  private final PublicationRepository repository;
  private final PublicationCase publicationCase;

  RevisePublicationTask(PublicationRepository repository, PublicationCase publicationCase) {
    this.repository = repository;
    this.publicationCase = publicationCase;
  }

  @Override
  public void onComplete(DelegateTask task) {
    List<FieldProblem> problems = new ArrayList<>();
    String title = SubmittedValues.requiredText(task.getVariable("revisedTitle"), "revisedTitle", "標題",
        PublicationRequestValidator.MAX_TITLE, problems);
    String text = SubmittedValues.requiredText(task.getVariable("revisedText"), "revisedText", "公告內容",
        PublicationRequestValidator.MAX_TEXT, problems);
    SubmittedValues.refuseIf(problems);
    long id = publicationCase.of(task).id();
    repository.revise(id, title, text, RocDates.now());
    var instance = task.getExecution().getProcessInstance();
    instance.setVariable("title", title);
    instance.setVariable("noticeText", text);
    // The scan that follows reads the notice by this id: put back the register's, whatever was sent.
    instance.setVariable("publicationId", id);
  }
}
