package tw.gov.securitymeeting.mail;

import java.util.List;

/**
 * An e-mail to send once. {@code dedupKey} identifies it: enqueuing the same key again does
 * nothing. {@code taskId} (optional) ties it to a task: if the task is gone when the mail is
 * due to go out, the mail is dropped.
 */
public record OutgoingMail(
    String dedupKey, String kind, String taskId, String processInstanceId, List<String> recipients,
    String subject, String text, String html) {}
