package tw.gov.securitymeeting.publication;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tw.gov.securitymeeting.organization.Organization;
import tw.gov.securitymeeting.system.ApiException;
import tw.gov.securitymeeting.system.BusinessKeys;
import tw.gov.securitymeeting.system.CurrentUser;
import tw.gov.securitymeeting.system.RocDates;

/**
 * The one way a notice enters the review, from the API and from Tasklist's start form alike: a checked notice
 * ({@link ValidPublication}) is stored with its drafter, the signed-in user, and its process starts with the
 * notice's id as business key; the process reads the notice from the register ({@link PublicationCase}).
 * Everything happens in one transaction: if the process cannot start, nothing is stored.
 */
@Service
class PublicationStart {

  static final String PROCESS = "publication-review";
  private static final String KEY_PREFIX = "publication";

  record Started(long id, String processInstanceId) {}

  private final PublicationRepository repository;
  private final RuntimeService runtimeService;
  private final Organization organization;
  private final CurrentUser currentUser;

  PublicationStart(PublicationRepository repository, RuntimeService runtimeService, Organization organization,
      CurrentUser currentUser) {
    this.repository = repository;
    this.runtimeService = runtimeService;
    this.organization = organization;
    this.currentUser = currentUser;
  }

  /** From the API: stores the notice and its attachments, then starts its review. */
  @Transactional
  Started start(ValidPublication publication, String drafter) {
    long id = register(publication, drafter);
    ProcessInstance instance = runtimeService.startProcessInstanceByKey(PROCESS, businessKey(id));
    return new Started(id, instance.getId());
  }

  /**
   * Stores a checked notice with its attachments. Only a member of the publishing unit (or an admin) may send
   * one; calls from inside the application without a signed-in user are trusted.
   */
  long register(ValidPublication publication, String drafter) {
    if (currentUser.id() != null && !currentUser.isMemberOfAny(publication.unit(), CurrentUser.ADMIN_GROUP)) {
      throw ApiException.forbidden(
          "只能以自己所屬的單位送出公告，您不是「" + organization.unitName(publication.unit()) + "」的成員。");
    }
    long id = repository.insert(publication, drafter, RocDates.now());
    repository.insertAttachments(id, publication.attachments());
    return id;
  }

  /**
   * Replaces every attachment of a notice that was returned for revision; only its drafter may. The new files
   * are scanned when the drafter completes 「修正公告內容」.
   */
  @Transactional
  void replaceAttachments(long id, List<ValidPublication.Upload> uploads, String user) {
    PublicationRepository.Row row = repository.findForUpdate(id)
        .orElseThrow(() -> ApiException.notFound("沒有編號 " + id + " 的公告複核案件。"));
    if (!row.drafter().equals(user)) {
      throw ApiException.forbidden("只有送件人可以更換附件。");
    }
    if (row.status() != PublicationStatus.RETURNED) {
      throw new ApiException(HttpStatus.CONFLICT, "狀態不符", "只有「退回修正」中的公告可以更換附件，目前是「" + row.status().label() + "」。");
    }
    repository.deleteAttachments(id);
    repository.insertAttachments(id, uploads);
  }

  static String businessKey(long id) {
    return BusinessKeys.of(KEY_PREFIX, id);
  }

  /** The record's id in a business key this class made; null for any other key. */
  static Long idOf(String businessKey) {
    return BusinessKeys.idOf(KEY_PREFIX, businessKey);
  }

  /** What the forms show of a stored notice. Nothing reads these back: the register is the record. */
  Map<String, Object> variables(PublicationRepository.Row row) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("publicationId", row.id());
    variables.put("title", row.title());
    variables.put("noticeText", row.noticeText());
    variables.put("targetUrl", row.targetUrl());
    variables.put("unit", row.unit());
    variables.put("unitName", organization.unitName(row.unit()));
    variables.put("drafterName", organization.userName(row.drafter()));
    variables.put("desiredDateText", RocDates.withWeekday(row.desiredDate()));
    variables.put("eventEndDateText", row.eventEndDate() == null ? "（非活動網站）" : RocDates.withWeekday(row.eventEndDate()));
    return variables;
  }
}
