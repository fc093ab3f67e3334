package tw.gov.securitymeeting.publication;

import java.time.Instant;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;
import tw.gov.securitymeeting.system.RocDates;

/**
 * 「撤除活動網站」: the unit takes the event site down and records the evidence: the HTTP status the old
 * address now answers (404 or 410) and when it was checked.
 */
@Component("takeDownSiteTask")
class TakeDownSiteTask implements TaskListener {

  private final PublicationRepository repository;
  private final IdentityService identityService;

  TakeDownSiteTask(PublicationRepository repository, IdentityService identityService) {
    this.repository = repository;
    this.identityService = identityService;
  }

  @Override
  public void notify(DelegateTask task) {
    long id = ((Number) task.getVariable("publicationId")).longValue();
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      PublicationTexts.describe(task);
      repository.takeDownDue(id, RocDates.dateOf(task.getDueDate()), RocDates.now());
      return;
    }
    if (!EVENTNAME_COMPLETE.equals(task.getEventName())) {
      return;
    }
    Integer status = PublicationVariables.integer(task, "httpStatus");
    if (status == null || (status != 404 && status != 410)) {
      throw PublicationVariables.invalid("httpStatus",
          "網站必須已撤除：請填寫原網址現在回應的 HTTP 狀態碼 404（找不到）或 410（已移除）。");
    }
    Instant checkedAt = PublicationVariables.instant(task, "checkedAt", "檢查時間");
    if (checkedAt.isAfter(RocDates.now().plusSeconds(300))) {
      throw PublicationVariables.invalid("checkedAt", "「檢查時間」不可晚於現在。");
    }
    Authentication authentication = identityService.getCurrentAuthentication();
    String by = authentication != null && authentication.getUserId() != null ? authentication.getUserId() : task.getAssignee();
    repository.recordTakenDown(id, by == null ? "" : by, status, checkedAt, RocDates.now());
  }
}
