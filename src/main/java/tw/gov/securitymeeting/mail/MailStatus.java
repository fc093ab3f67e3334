package tw.gov.securitymeeting.mail;

/** Where a mail stands. */
public enum MailStatus {
  /** Written, not sent yet (or sending failed and will be retried). */
  PENDING,
  /** A node has claimed it and is talking to the SMTP server. */
  SENDING,
  SENT,
  /** Every retry failed; a Camunda incident tells the administrator. */
  FAILED,
  /** Its task was completed or its process ended before it went out. */
  DROPPED
}
