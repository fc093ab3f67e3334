package tw.gov.securitymeeting.publication;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import tw.gov.securitymeeting.system.CurrentUser;
import tw.gov.securitymeeting.system.FieldProblem;
import tw.gov.securitymeeting.system.RocDates;
import tw.gov.securitymeeting.system.SubmittedValues;

/**
 * 「複核上網資訊」. The four-eyes rule lives here, in the engine: the drafter can be neither assigned nor
 * complete the review, whatever client they use. Approval needs the whole checklist, and a reason to
 * override a blocking finding (an unreadable attachment or a type mismatch); return and reject need a reason.
 * The drafter, the scan round and whether a finding blocks are read from the register, never from variables.
 */
@Component("reviewPublicationTask")
class ReviewPublicationTask implements TaskListener {

  static final Map<String, String> OUTCOMES = Map.of("approve", "核可上網", "return", "退回修正", "reject", "不予上網");
  static final Map<String, String> CHECKLIST = new LinkedHashMap<>();

  static {
    CHECKLIST.put("checkContent", "內容正確");
    CHECKLIST.put("checkAttachments", "附件為正確檔案");
    CHECKLIST.put("checkPersonalData", "無個資或已遮罩");
    CHECKLIST.put("checkSecrets", "無機密資訊");
  }

  static final String FOUR_EYES = "送件人不能複核自己送出的公告（四眼原則），請由單位主管或指定複核人員辦理。";

  private final PublicationRepository repository;
  private final PublicationCase publicationCase;
  private final CurrentUser currentUser;

  ReviewPublicationTask(PublicationRepository repository, PublicationCase publicationCase, CurrentUser currentUser) {
    this.repository = repository;
    this.publicationCase = publicationCase;
    this.currentUser = currentUser;
  }

  @Override
  public void notify(DelegateTask task) {
    PublicationRepository.Row notice = publicationCase.of(task);
    switch (task.getEventName()) {
      case EVENTNAME_CREATE -> {
        PublicationTexts.describe(task);
        // The columns of 「待我複核的公告」, readable by the reviewers offered this task.
        for (String column : new String[] {"title", "drafterName", "findingCount"}) {
          task.setVariableLocal(column, task.getVariable(column));
        }
      }
      case EVENTNAME_ASSIGNMENT -> {
        if (task.getAssignee() != null && task.getAssignee().equals(notice.drafter())) {
          throw SubmittedValues.refusal("assignee", FOUR_EYES);
        }
      }
      case EVENTNAME_COMPLETE -> complete(task, notice);
      default -> { }
    }
  }

  private void complete(DelegateTask task, PublicationRepository.Row notice) {
    String reviewer = reviewer(task);
    if (reviewer == null || reviewer.equals(notice.drafter())) {
      throw SubmittedValues.refusal("outcome", FOUR_EYES);
    }
    List<FieldProblem> problems = new ArrayList<>();
    String outcome = SubmittedValues.choice(task.getVariable("outcome"), "outcome", "複核結果", OUTCOMES.keySet(), problems);
    SubmittedValues.refuseIf(problems);
    String reason = null;
    String overrideReason = null;
    PublicationStatus status;
    if (outcome.equals("approve")) {
      for (Map.Entry<String, String> item : CHECKLIST.entrySet()) {
        if (!SubmittedValues.isTrue(task.getVariable(item.getKey()))) {
          problems.add(new FieldProblem(item.getKey(), "核可前請確認檢核項目「" + item.getValue() + "」。"));
        }
      }
      reason = SubmittedValues.optionalText(task.getVariable("reason"), "reason", "說明",
          PublicationRequestValidator.MAX_REASON, problems);
      if (notice.blocking()) {
        overrideReason = SubmittedValues.requiredText(task.getVariable("overrideReason"), "overrideReason",
            "放行理由（附件無法讀取或類型不符）", PublicationRequestValidator.MAX_REASON, problems);
      }
      status = PublicationStatus.APPROVED;
    } else {
      reason = SubmittedValues.requiredText(task.getVariable("reason"), "reason",
          outcome.equals("return") ? "退回理由" : "不予上網理由", PublicationRequestValidator.MAX_REASON, problems);
      status = outcome.equals("return") ? PublicationStatus.RETURNED : PublicationStatus.REJECTED;
    }
    SubmittedValues.refuseIf(problems);
    repository.recordReview(notice.id(), notice.scanRound(), reviewer, outcome, reason, overrideReason, status, RocDates.now());
    var instance = task.getExecution().getProcessInstance();
    instance.setVariable("outcome", outcome);
    instance.setVariable("reviewer", reviewer);
    instance.setVariable("reviewReason", reason == null ? "" : reason);
  }

  /** Who completes: the signed-in user, else (engine calls without sign-in) the assignee the engine holds. */
  private String reviewer(DelegateTask task) {
    return currentUser.id() != null ? currentUser.id() : task.getAssignee();
  }
}
