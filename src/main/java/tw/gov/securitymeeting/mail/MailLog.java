package tw.gov.securitymeeting.mail;

import java.util.List;
import org.springframework.stereotype.Component;

/** Reads the record of every mail: what, to whom, for which task, and how it went. */
@Component
public class MailLog {

  static final int LIMIT = 500;

  private final MailRepository repository;

  MailLog(MailRepository repository) {
    this.repository = repository;
  }

  /** The newest mails first, at most 500; taskId and status are optional filters. */
  public List<MailRecord> search(String taskId, MailStatus status) {
    return repository.search(taskId, status, LIMIT);
  }
}
