package tw.gov.securitymeeting.publication;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import tw.gov.securitymeeting.system.CurrentUser;
import tw.gov.securitymeeting.system.FieldProblem;
import tw.gov.securitymeeting.system.RocDates;
import tw.gov.securitymeeting.system.SubmittedValues;

/**
 * 「撤除活動網站」: the unit takes the event site down and records the evidence: the HTTP status the old
 * address now answers (404 or 410) and when it was checked.
 */
@Component("takeDownSiteTask")
class TakeDownSiteTask implements NoticeTask {

  private final PublicationRepository repository;
  private final PublicationCase publicationCase;
  private final CurrentUser currentUser;

  TakeDownSiteTask(PublicationRepository repository, PublicationCase publicationCase, CurrentUser currentUser) {
    this.repository = repository;
    this.publicationCase = publicationCase;
    this.currentUser = currentUser;
  }

  @Override
  public void onCreate(DelegateTask task) {
    long id = publicationCase.of(task).id();
    NoticeTask.super.onCreate(task);
    repository.takeDownDue(id, RocDates.dateOf(task.getDueDate()), RocDates.now());
  }

  @Override
  public void onComplete(DelegateTask task) {
    long id = publicationCase.of(task).id();
    List<FieldProblem> problems = new ArrayList<>();
    Integer status = SubmittedValues.integer(task.getVariable("httpStatus"));
    if (status == null || (status != 404 && status != 410)) {
      problems.add(new FieldProblem("httpStatus",
          "網站必須已撤除：請填寫原網址現在回應的 HTTP 狀態碼 404（找不到）或 410（已移除）。"));
    }
    Instant checkedAt = SubmittedValues.pastTime(task.getVariable("checkedAt"), "checkedAt", "檢查時間", PublishTask.CLOCK_LEEWAY,
        problems);
    SubmittedValues.refuseIf(problems);
    String by = currentUser.id() != null ? currentUser.id() : task.getAssignee();
    repository.recordTakenDown(id, by == null ? "" : by, status, checkedAt, RocDates.now());
  }
}
