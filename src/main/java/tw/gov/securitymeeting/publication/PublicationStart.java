package tw.gov.securitymeeting.publication;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tw.gov.securitymeeting.organization.Organization;
import tw.gov.securitymeeting.system.ApiException;
import tw.gov.securitymeeting.system.RocDates;

/**
 * Stores a checked notice with its attachments and starts its review, in one transaction: if the process
 * cannot start, nothing is stored.
 */
@Service
class PublicationStart {

  static final String PROCESS = "publication-review";

  record Started(long id, String processInstanceId) {}

  private final PublicationRepository repository;
  private final RuntimeService runtimeService;
  private final Organization organization;

  PublicationStart(PublicationRepository repository, RuntimeService runtimeService, Organization organization) {
    this.repository = repository;
    this.runtimeService = runtimeService;
    this.organization = organization;
  }

  @Transactional
  Started start(ValidPublication publication, String drafter) {
    long id = register(publication, drafter);
    repository.insertAttachments(id, publication.attachments());
    ProcessInstance instance =
        runtimeService.startProcessInstanceByKey(PROCESS, businessKey(id), variables(id, publication, drafter));
    repository.setProcessInstance(id, instance.getId());
    return new Started(id, instance.getId());
  }

  /**
   * Replaces every attachment of a notice that was returned for revision; only its drafter may. The new files
   * are scanned when the drafter completes 「修正公告內容」.
   */
  @Transactional
  void replaceAttachments(long id, java.util.List<ValidPublication.Upload> uploads, String user) {
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

  /** Inserts the register row (also used by the Tasklist start form's listener). */
  long register(ValidPublication publication, String drafter) {
    return repository.insert(publication, drafter, RocDates.now());
  }

  static String businessKey(long id) {
    return "publication-" + id;
  }

  Map<String, Object> variables(long id, ValidPublication p, String drafter) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("publicationId", id);
    variables.put("title", p.title());
    variables.put("noticeText", p.noticeText());
    variables.put("targetUrl", p.targetUrl());
    variables.put("unit", p.unit());
    variables.put("unitName", organization.unitName(p.unit()));
    variables.put("drafter", drafter);
    variables.put("drafterName", organization.user(drafter).map(Organization.Member::name).orElse(drafter));
    variables.put("desiredDateText", RocDates.withWeekday(p.desiredDate()));
    // Review, revision and posting are due on the desired publication date, so reminders reach them.
    variables.put("publishBy", RocDates.endOfDay(p.desiredDate()));
    variables.put("eventEndDate", p.eventEndDate() == null ? null : p.eventEndDate().toString());
    variables.put("eventEndDateText", p.eventEndDate() == null ? "（非活動網站）" : RocDates.withWeekday(p.eventEndDate()));
    variables.put("eventSite", p.eventEndDate() != null);
    return variables;
  }
}
