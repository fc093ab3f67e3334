package tw.gov.securitymeeting.mail;

import java.time.Instant;
import java.util.List;

/** A row of the mail record, as the API shows it. */
public record MailRecord(
    long id, String kind, String taskId, String processInstanceId, List<String> recipients, String subject,
    MailStatus status, int attempts, String lastError, Instant createdAt, Instant sentAt) {}
