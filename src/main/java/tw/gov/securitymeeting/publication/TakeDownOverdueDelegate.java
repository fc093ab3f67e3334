package tw.gov.securitymeeting.publication;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;
import tw.gov.securitymeeting.mail.MailOutbox;
import tw.gov.securitymeeting.mail.OutgoingMail;
import tw.gov.securitymeeting.organization.Organization;
import tw.gov.securitymeeting.system.RocDates;

/**
 * 「通報撤除逾期」: the take-down is past its due date. The register marks it overdue and the unit that owns
 * website security (綜合規劃處 by default) is told by mail, once.
 */
@Component("reportTakeDownOverdue")
class TakeDownOverdueDelegate implements JavaDelegate {

  private final PublicationRepository repository;
  private final MailOutbox outbox;
  private final Organization organization;
  private final PublicationProperties properties;
  private final String baseUrl;

  TakeDownOverdueDelegate(PublicationRepository repository, MailOutbox outbox, Organization organization,
      PublicationProperties properties, @Value("${app.public-base-url}") String baseUrl) {
    this.repository = repository;
    this.outbox = outbox;
    this.organization = organization;
    this.properties = properties;
    this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long id = ((Number) execution.getVariable("publicationId")).longValue();
    repository.markTakeDownOverdue(id, RocDates.now());
    PublicationRepository.Row row = repository.find(id).orElseThrow();
    String unitName = organization.unitName(row.unit());
    String subject = "【活動網站撤除逾期】" + unitName + "：" + row.title();
    String text = """
        %s：

        下列活動網站已過撤除期限，尚未完成「撤除活動網站」：

        公告標題：%s
        公告單位：%s
        網址：%s
        活動結束日期：%s
        撤除期限：%s

        公告複核登記簿：%s/api/publications/%d
        """.formatted(organization.unitName(properties.overdueReportTo()), row.title(), unitName,
        row.publishedUrl() == null ? row.targetUrl() : row.publishedUrl(), RocDates.format(row.eventEndDate()),
        RocDates.format(row.takeDownDue()), baseUrl, id);
    String html = "<pre style=\"font-family: sans-serif\">" + HtmlUtils.htmlEscape(text) + "</pre>";
    outbox.enqueue(new OutgoingMail("publication-take-down-overdue-" + id, "TAKE_DOWN_OVERDUE", null,
        execution.getProcessInstanceId(), recipients(), subject, text, html));
  }

  private List<String> recipients() {
    List<String> mails = new ArrayList<>();
    organization.unit(properties.overdueReportTo()).ifPresent(unit -> {
      if (unit.email() != null && !unit.email().isBlank()) {
        mails.add(unit.email());
      }
      if (unit.head() != null) {
        organization.user(unit.head()).map(Organization.Member::email).filter(m -> m != null && !m.isBlank())
            .ifPresent(mails::add);
      }
    });
    return mails;
  }
}
