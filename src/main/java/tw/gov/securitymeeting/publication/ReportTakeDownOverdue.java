package tw.gov.securitymeeting.publication;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import tw.gov.securitymeeting.mail.MailOutbox;
import tw.gov.securitymeeting.mail.MailTemplates;
import tw.gov.securitymeeting.mail.OutgoingMail;
import tw.gov.securitymeeting.organization.Organization;
import tw.gov.securitymeeting.system.RocDates;

/**
 * 「通報撤除逾期」: the take-down is past its due date. The register marks it overdue and the unit that owns
 * website security (綜合規劃處 by default) is told by mail, once.
 */
@Component("reportTakeDownOverdue")
class ReportTakeDownOverdue implements JavaDelegate {

  private final PublicationRepository repository;
  private final PublicationCase publicationCase;
  private final MailOutbox outbox;
  private final Organization organization;
  private final PublicationProperties properties;
  private final MailTemplates templates;

  ReportTakeDownOverdue(PublicationRepository repository, PublicationCase publicationCase, MailOutbox outbox, Organization organization,
      PublicationProperties properties, MailTemplates templates) {
    this.repository = repository;
    this.publicationCase = publicationCase;
    this.outbox = outbox;
    this.templates = templates;
    this.organization = organization;
    this.properties = properties;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long id = publicationCase.of(execution).id();
    repository.markTakeDownOverdue(id, RocDates.now());
    PublicationRepository.Row row = repository.find(id).orElseThrow();
    String unitName = organization.unitName(row.unit());
    String subject = "【活動網站撤除逾期】" + unitName + "：" + row.title();
    MailTemplates.Body body = templates.render("take-down-overdue", Map.of(
        "reportTo", organization.unitName(properties.overdueReportTo()), "title", row.title(), "unitName", unitName,
        "url", row.publishedUrl() == null ? row.targetUrl() : row.publishedUrl(), "eventEnd", RocDates.withWeekday(row.eventEndDate()),
        "due", RocDates.withWeekday(row.takeDownDue()), "register", templates.link("/publications/" + id)));
    outbox.enqueue(new OutgoingMail("publication-take-down-overdue-" + id, "TAKE_DOWN_OVERDUE", null,
        execution.getProcessInstanceId(), recipients(), subject, body.text(), body.html()));
  }

  private List<String> recipients() {
    String unit = properties.overdueReportTo();
    List<String> mails = new ArrayList<>();
    organization.unit(unit).map(Organization.Unit::email).filter(m -> !m.isBlank()).ifPresent(mails::add);
    organization.headEmail(unit).filter(m -> !m.isBlank()).ifPresent(mails::add);
    return mails;
  }
}
