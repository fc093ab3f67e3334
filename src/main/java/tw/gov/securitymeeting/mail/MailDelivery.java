package tw.gov.securitymeeting.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import tw.gov.securitymeeting.system.RocDates;

/**
 * 「寄送電子郵件」 of mail-delivery.bpmn: sends one recorded mail, at most once. The mail is claimed,
 * and marked sent, in transactions of their own: if the job runs again (its transaction failed
 * after sending, or another node took it over), it finds the mail taken or sent. A failure is
 * written down the same way and rethrown, so the job executor retries with back-off.
 */
@Component("mailDelivery")
class MailDelivery implements JavaDelegate {

  private final MailRepository repository;
  private final JavaMailSender sender;
  private final TaskService taskService;
  private final ManagementService managementService;
  private final TransactionTemplate separately;
  private final String from;

  /** A claim older than this is taken to belong to a node that died while sending. */
  static final java.time.Duration CLAIM_TIMEOUT = java.time.Duration.ofMinutes(10);

  MailDelivery(MailRepository repository, JavaMailSender sender, TaskService taskService, ManagementService managementService,
      PlatformTransactionManager transactions, @Value("${app.mail.from}") String from) {
    this.repository = repository;
    this.sender = sender;
    this.taskService = taskService;
    this.managementService = managementService;
    this.separately = new TransactionTemplate(transactions);
    this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    this.from = from;
  }

  @Override
  public void execute(DelegateExecution execution) throws MessagingException {
    long id = ((Number) execution.getVariable("mailId")).longValue();
    MailRepository.Row row = repository.find(id).orElseThrow();
    MailRecord mail = row.record();
    if (mail.status() == MailStatus.SENT || mail.status() == MailStatus.DROPPED) {
      return;
    }
    if (mail.taskId() != null && taskService.createTaskQuery().taskId(mail.taskId()).count() == 0) {
      repository.markDropped(id);
      return;
    }
    java.time.Instant now = RocDates.now();
    Boolean claimed = separately.execute(status -> repository.claim(id, now, now.minus(CLAIM_TIMEOUT)));
    if (!Boolean.TRUE.equals(claimed)) {
      if (repository.find(id).map(r -> r.record().status() == MailStatus.SENDING).orElse(false)) {
        throw new IllegalStateException("郵件 " + id + " 正由另一節點寄送中，稍後再確認。");
      }
      return;
    }
    try {
      sender.send(message(row));
    } catch (MailException | MessagingException e) {
      boolean last = isLastAttempt(execution);
      String error = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      separately.executeWithoutResult(status -> repository.recordFailure(id, abbreviate(error), last));
      throw e;
    }
    separately.executeWithoutResult(status -> repository.markSent(id, RocDates.now()));
  }

  private MimeMessage message(MailRepository.Row row) throws MessagingException {
    MimeMessage message = sender.createMimeMessage();
    MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
    helper.setFrom(from);
    helper.setTo(row.record().recipients().toArray(String[]::new));
    helper.setSubject(row.record().subject());
    helper.setText(row.text(), row.html());
    return message;
  }

  private boolean isLastAttempt(DelegateExecution execution) {
    Job job = managementService.createJobQuery().executionId(execution.getId()).singleResult();
    return job == null || job.getRetries() <= 1;
  }

  private static String abbreviate(String text) {
    return text.length() > 1900 ? text.substring(0, 1900) + "…" : text;
  }
}
