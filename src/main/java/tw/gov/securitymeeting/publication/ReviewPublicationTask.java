package tw.gov.securitymeeting.publication;

import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;
import tw.gov.securitymeeting.system.RocDates;

/**
 * 「複核上網資訊」. The four-eyes rule lives here, in the engine: the drafter can be neither assigned nor
 * complete the review, whatever client they use. Approval needs the whole checklist, and a reason to
 * override a blocking finding (an unreadable attachment or a type mismatch); return and reject need a reason.
 */
@Component("reviewPublicationTask")
class ReviewPublicationTask implements TaskListener {

  static final Map<String, String> OUTCOMES = Map.of("approve", "核可上網", "return", "退回修正", "reject", "不予上網");
  static final Map<String, String> CHECKLIST = new java.util.LinkedHashMap<>();

  static {
    CHECKLIST.put("checkContent", "內容正確");
    CHECKLIST.put("checkAttachments", "附件為正確檔案");
    CHECKLIST.put("checkPersonalData", "無個資或已遮罩");
    CHECKLIST.put("checkSecrets", "無機密資訊");
  }

  static final String FOUR_EYES = "送件人不能複核自己送出的公告（四眼原則），請由單位主管或指定複核人員辦理。";

  private final PublicationRepository repository;
  private final IdentityService identityService;

  ReviewPublicationTask(PublicationRepository repository, IdentityService identityService) {
    this.repository = repository;
    this.identityService = identityService;
  }

  @Override
  public void notify(DelegateTask task) {
    String drafter = (String) task.getVariable("drafter");
    switch (task.getEventName()) {
      case EVENTNAME_CREATE -> {
        PublicationTexts.describe(task);
        // The columns of 「待我複核的公告」, readable by the reviewers offered this task.
        for (String column : new String[] {"title", "drafterName", "findingCount"}) {
          task.setVariableLocal(column, task.getVariable(column));
        }
      }
      case EVENTNAME_ASSIGNMENT -> {
        if (task.getAssignee() != null && task.getAssignee().equals(drafter)) {
          throw PublicationVariables.invalid("assignee", FOUR_EYES);
        }
      }
      case EVENTNAME_COMPLETE -> complete(task, drafter);
      default -> { }
    }
  }

  private void complete(DelegateTask task, String drafter) {
    String reviewer = reviewer(task);
    if (reviewer == null || reviewer.equals(drafter)) {
      throw PublicationVariables.invalid("outcome", FOUR_EYES);
    }
    String outcome = PublicationVariables.text(task, "outcome");
    if (outcome == null || !OUTCOMES.containsKey(outcome)) {
      throw PublicationVariables.invalid("outcome", "請選擇「複核結果」：核可上網、退回修正或不予上網。");
    }
    String reason = PublicationVariables.text(task, "reason");
    String overrideReason = null;
    PublicationStatus status;
    if (outcome.equals("approve")) {
      for (Map.Entry<String, String> item : CHECKLIST.entrySet()) {
        if (!PublicationVariables.isTrue(task, item.getKey())) {
          throw PublicationVariables.invalid(item.getKey(), "核可前請確認檢核項目「" + item.getValue() + "」。");
        }
      }
      if (Boolean.TRUE.equals(task.getVariable("blocking"))) {
        overrideReason = PublicationVariables.requiredText(task, "overrideReason", "放行理由（附件無法讀取或類型不符）",
            PublicationRequestValidator.MAX_REASON);
      }
      status = PublicationStatus.APPROVED;
    } else {
      reason = PublicationVariables.requiredText(task, "reason", outcome.equals("return") ? "退回理由" : "不予上網理由",
          PublicationRequestValidator.MAX_REASON);
      status = outcome.equals("return") ? PublicationStatus.RETURNED : PublicationStatus.REJECTED;
    }
    if (reason != null && reason.length() > PublicationRequestValidator.MAX_REASON) {
      throw PublicationVariables.invalid("reason", "「說明」最多 " + PublicationRequestValidator.MAX_REASON + " 字。");
    }
    long id = ((Number) task.getVariable("publicationId")).longValue();
    int round = ((Number) task.getVariable("scanRound")).intValue();
    repository.recordReview(id, round, reviewer, outcome, reason, overrideReason, status, RocDates.now());
    var instance = task.getExecution().getProcessInstance();
    instance.setVariable("outcome", outcome);
    instance.setVariable("reviewer", reviewer);
    instance.setVariable("reviewReason", reason == null ? "" : reason);
  }

  /** Who completes: the signed-in user, else (engine calls without sign-in) the assignee. */
  private String reviewer(DelegateTask task) {
    Authentication authentication = identityService.getCurrentAuthentication();
    if (authentication != null && authentication.getUserId() != null) {
      return authentication.getUserId();
    }
    return task.getAssignee();
  }
}
