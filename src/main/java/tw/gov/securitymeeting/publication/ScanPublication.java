package tw.gov.securitymeeting.publication;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import tw.gov.securitymeeting.publication.scan.PersonalDataScanner;
import tw.gov.securitymeeting.publication.scan.ScanReport;
import tw.gov.securitymeeting.system.RocDates;

/**
 * 「檢查個資及隱藏內容」: scans the notice text and every attachment, stores the findings (masked excerpts
 * only) and gives the review form a summary. Never throws for a bad attachment: it becomes a finding.
 */
@Component("scanPublication")
class ScanPublication implements JavaDelegate {

  private final PublicationRepository repository;
  private final PersonalDataScanner scanner;

  ScanPublication(PublicationRepository repository, PersonalDataScanner scanner) {
    this.repository = repository;
    this.scanner = scanner;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long id = ((Number) execution.getVariable("publicationId")).longValue();
    PublicationRepository.Row row = repository.find(id).orElseThrow();
    ScanReport report = scanner.scan(row.noticeText(), repository.attachments(id));
    int round = repository.recordScan(id, report.findings(), report.blocksApproval(), RocDates.now());
    execution.setVariable("scanRound", round);
    execution.setVariable("findingCount", report.findings().size());
    execution.setVariable("blocking", report.blocksApproval());
    execution.setVariable("findingsSummary", PublicationTexts.findings(report.findings()));
    execution.setVariable("attachmentsSummary", PublicationTexts.attachments(repository.attachmentList(id)));
    execution.setVariable("noticeText", row.noticeText());
    execution.setVariable("title", row.title());
  }
}
