package tw.gov.securitymeeting.reminder;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import tw.gov.securitymeeting.calendar.WorkingDayCalendar;
import tw.gov.securitymeeting.mail.MailOutbox;
import tw.gov.securitymeeting.mail.OutgoingMail;
import tw.gov.securitymeeting.system.RocDates;

/**
 * 「寄送到期與逾期提醒」 of reminder-sweep.bpmn: on a working day after the send-from time, every
 * open task with a due date gets the reminder the schedule gives it, once a day at most
 * (the mail's key is task, kind and day).
 */
@Component("dueReminders")
class DueReminders implements JavaDelegate {

  private static final Logger log = LoggerFactory.getLogger(DueReminders.class);

  private final TaskService taskService;
  private final ReminderSchedule schedule;
  private final ReminderRecipients recipients;
  private final TaskFacts facts;
  private final MailTemplates templates;
  private final MailOutbox outbox;
  private final WorkingDayCalendar calendar;
  private final ReminderProperties properties;

  DueReminders(TaskService taskService, ReminderSchedule schedule, ReminderRecipients recipients, TaskFacts facts,
      MailTemplates templates, MailOutbox outbox, WorkingDayCalendar calendar, ReminderProperties properties) {
    this.taskService = taskService;
    this.schedule = schedule;
    this.recipients = recipients;
    this.facts = facts;
    this.templates = templates;
    this.outbox = outbox;
    this.calendar = calendar;
    this.properties = properties;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ZonedDateTime now = RocDates.now().atZone(RocDates.TAIPEI);
    LocalDate today = now.toLocalDate();
    if (!calendar.isWorkingDay(today) || now.toLocalTime().isBefore(properties.sendFrom())) {
      return;
    }
    LocalDate horizon = calendar.addWorkingDays(today, properties.daysBeforeDue() + 1);
    List<Task> tasks = taskService.createTaskQuery().active().dueBefore(RocDates.endOfDay(horizon)).list();
    int queued = 0;
    for (Task task : tasks) {
      LocalDate due = task.getDueDate().toInstant().atZone(RocDates.TAIPEI).toLocalDate();
      var reminder = schedule.on(today, due);
      if (reminder.isPresent() && remind(task, reminder.get(), today)) {
        queued++;
      }
    }
    log.info("到期與逾期提醒：檢查 {} 件待辦，新增 {} 封提醒", tasks.size(), queued);
  }

  private boolean remind(Task task, ReminderSchedule.Reminder reminder, LocalDate today) {
    List<String> groups = recipients.candidateGroups(task);
    TaskFacts.Facts fact = facts.of(task, groups);
    String subject = switch (reminder.kind()) {
      case BEFORE_DUE -> "【即將到期】" + fact.taskName() + "：" + shorten(fact.subject());
      case DUE -> "【今日到期】" + fact.taskName() + "：" + shorten(fact.subject());
      default -> "【已逾期 " + reminder.overdueDays() + " 個工作天】" + fact.taskName() + "：" + shorten(fact.subject());
    };
    var body = templates.render("reminder", Map.of("fact", fact, "kind", reminder.kind().label(),
        "overdueDays", reminder.overdueDays(), "headCopied", schedule.copiesHead(reminder)));
    return outbox.enqueue(new OutgoingMail(
        "reminder:" + task.getId() + ":" + reminder.kind() + ":" + today, reminder.kind().name(), task.getId(),
        task.getProcessInstanceId(), recipients.of(task, schedule.copiesHead(reminder)), subject, body.text(), body.html()));
  }

  static String shorten(String text) {
    return text.length() > 40 ? text.substring(0, 40) + "…" : text;
  }
}
