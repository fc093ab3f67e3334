package tw.gov.securitymeeting.reminder;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import tw.gov.securitymeeting.calendar.WorkingDayCalendar;
import tw.gov.securitymeeting.mail.MailOutbox;
import tw.gov.securitymeeting.system.RocDates;

/**
 * The two steps of reminder-sweep.bpmn. Each decides from the Taipei clock and the working-day
 * calendar whether it is time, and queues its mails in the mail record, where a mail's key
 * (task, kind and day; or the week) lets it out once at most.
 */
@Component("reminderSweep")
public class ReminderSweep {

  private static final Logger log = LoggerFactory.getLogger(ReminderSweep.class);

  private final TaskService taskService;
  private final ReminderSchedule schedule;
  private final TaskReminderMails taskMails;
  private final DigestMails digestMails;
  private final MailOutbox outbox;
  private final WorkingDayCalendar calendar;
  private final ReminderProperties properties;

  ReminderSweep(TaskService taskService, ReminderSchedule schedule, TaskReminderMails taskMails, DigestMails digestMails,
      MailOutbox outbox, WorkingDayCalendar calendar, ReminderProperties properties) {
    this.taskService = taskService;
    this.schedule = schedule;
    this.taskMails = taskMails;
    this.digestMails = digestMails;
    this.outbox = outbox;
    this.calendar = calendar;
    this.properties = properties;
  }

  /** 「寄送到期與逾期提醒」: on working days from the send-from time. */
  public void sendDueReminders() {
    LocalDate today = today();
    if (!calendar.isWorkingDay(today) || before(properties.sendFrom())) {
      return;
    }
    LocalDate horizon = calendar.addWorkingDays(today, properties.daysBeforeDue() + 1);
    List<Task> tasks = taskService.createTaskQuery().active().dueBefore(RocDates.endOfDay(horizon)).list();
    int queued = 0;
    for (Task task : tasks) {
      var reminder = schedule.on(today, RocDates.dateOf(task.getDueDate()));
      if (reminder.isPresent() && outbox.enqueue(taskMails.of(task, reminder.get(), today))) {
        queued++;
      }
    }
    log.info("到期與逾期提醒：檢查 {} 件待辦，新增 {} 封提醒", tasks.size(), queued);
  }

  /** 「寄送每週列管摘要」: on the week's first working day from the digest time; none in a week without one. */
  public void sendWeeklyDigest() {
    LocalDate today = today();
    LocalDate monday = today.with(DayOfWeek.MONDAY);
    if (firstWorkingDay(monday).filter(today::equals).isEmpty() || before(properties.digestAt())) {
      return;
    }
    outbox.enqueue(digestMails.of(monday, today));
  }

  private Optional<LocalDate> firstWorkingDay(LocalDate monday) {
    return monday.datesUntil(monday.plusDays(7)).filter(calendar::isWorkingDay).findFirst();
  }

  private static LocalDate today() {
    return RocDates.today();
  }

  private static boolean before(LocalTime time) {
    ZonedDateTime now = RocDates.now().atZone(RocDates.TAIPEI);
    return now.toLocalTime().isBefore(time);
  }
}
