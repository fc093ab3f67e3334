package tw.gov.securitymeeting.mail;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tw.gov.securitymeeting.system.RocDates;

/**
 * The one way the application sends e-mail: the mail is recorded, and a {@code mail-delivery}
 * process sends it asynchronously, with retries and an incident after the last one. Call it
 * inside the engine's transaction: if that rolls back, nothing is recorded or sent.
 */
@Component
public class MailOutbox {

  static final String DELIVERY_PROCESS = "mail-delivery";

  private final MailRepository repository;
  private final RuntimeService runtimeService;

  MailOutbox(MailRepository repository, RuntimeService runtimeService) {
    this.repository = repository;
    this.runtimeService = runtimeService;
  }

  /** Queues the mail; false when one with the same key was queued before (nothing happens then). */
  @Transactional
  public boolean enqueue(OutgoingMail mail) {
    if (mail.recipients().isEmpty() || repository.exists(mail.dedupKey())) {
      return false;
    }
    long id = repository.insert(mail, RocDates.now());
    runtimeService.startProcessInstanceByKey(DELIVERY_PROCESS, "mail-" + id, java.util.Map.of("mailId", id, "mailKind", mail.kind()));
    return true;
  }
}
