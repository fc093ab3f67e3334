package tw.gov.securitymeeting.evidence;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import tw.gov.securitymeeting.system.CurrentUser;
import tw.gov.securitymeeting.system.InvalidRequestException;
import tw.gov.securitymeeting.system.SubmittedValues;

/**
 * 「蒐集證據」: an image made elsewhere may be entered here with its SHA-256 (files are uploaded over the API);
 * the step ends only when the incident has at least one evidence item.
 */
@Component("acquireEvidenceTask")
class AcquireEvidenceTask extends EvidenceStep {

  private final EvidenceItems evidence;
  private final CurrentUser currentUser;

  AcquireEvidenceTask(EvidenceSteps steps, EvidenceItems evidence, CurrentUser currentUser) {
    super(steps, IncidentStatus.HANDLING);
    this.evidence = evidence;
    this.currentUser = currentUser;
  }

  @Override
  void record(DelegateTask task) {
    long id = steps.incident(task).id();
    String description = SubmittedValues.text(task, "evidenceDescription");
    String sha256 = SubmittedValues.text(task, "evidenceSha256");
    if (description != null || sha256 != null) {
      try {
        evidence.addEntered(id, new EvidenceItemRequest(description, SubmittedValues.text(task, "evidenceSourceDevice"),
            SubmittedValues.text(task, "evidenceMethod"), sha256, SubmittedValues.text(task, "evidenceAcquiredBy"),
            SubmittedValues.text(task, "evidenceAcquiredAt")), currentUser.id());
      } catch (InvalidRequestException refused) {
        throw SubmittedValues.refusal(EvidenceSteps.prefixed("evidence", refused.problems()));
      }
    }
    if (evidence.items(id).isEmpty()) {
      throw SubmittedValues.refusal("evidenceDescription", "請至少登錄一項證據：在此填寫（外部製作的映像檔及其 SHA-256），"
          + "或在「附件與證據檔案上傳」頁面（/uploads.html）以事件編號 " + id + " 上傳檔案。");
    }
  }
}
