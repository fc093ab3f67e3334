package tw.gov.securitymeeting.reminder;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import tw.gov.securitymeeting.mail.OutgoingMail;
import tw.gov.securitymeeting.mail.MailTemplates;

/** The reminder mail of one task: subject by kind, body from templates/mail/reminder. */
@Component
class TaskReminderMails {

  private final ReminderRecipients recipients;
  private final TaskFacts facts;
  private final MailTemplates templates;
  private final ReminderSchedule schedule;

  TaskReminderMails(ReminderRecipients recipients, TaskFacts facts, MailTemplates templates, ReminderSchedule schedule) {
    this.recipients = recipients;
    this.facts = facts;
    this.templates = templates;
    this.schedule = schedule;
  }

  OutgoingMail of(Task task, ReminderSchedule.Reminder reminder, LocalDate today) {
    List<String> groups = recipients.candidateGroups(task);
    TaskFacts.Facts fact = facts.of(task, groups);
    String tag = switch (reminder.kind()) {
      case BEFORE_DUE -> "【即將到期】";
      case DUE -> "【今日到期】";
      default -> "【已逾期 " + reminder.overdueDays() + " 個工作天】";
    };
    boolean withHead = schedule.copiesHead(reminder);
    var body = templates.render("reminder", Map.of("fact", fact, "kind", reminder.kind().label(),
        "overdueDays", reminder.overdueDays(), "headCopied", withHead));
    return new OutgoingMail("reminder:" + task.getId() + ":" + reminder.kind() + ":" + today, reminder.kind().name(),
        task.getId(), task.getProcessInstanceId(), recipients.of(task, withHead),
        tag + fact.taskName() + "：" + shorten(fact.subject()), body.text(), body.html());
  }

  static String shorten(String text) {
    return text.length() > 40 ? text.substring(0, 40) + "…" : text;
  }
}
