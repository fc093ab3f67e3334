package tw.gov.securitymeeting.reminder;

import java.time.LocalDate;
import java.util.Optional;
import org.springframework.stereotype.Component;
import tw.gov.securitymeeting.calendar.WorkingDayCalendar;

/** Which reminder, if any, a task due on a day gets on a given working day. */
@Component
class ReminderSchedule {

  record Reminder(ReminderKind kind, int overdueDays) {}

  private final WorkingDayCalendar calendar;
  private final ReminderProperties properties;

  ReminderSchedule(WorkingDayCalendar calendar, ReminderProperties properties) {
    this.calendar = calendar;
    this.properties = properties;
  }

  Optional<Reminder> on(LocalDate today, LocalDate due) {
    if (!calendar.isWorkingDay(today)) {
      return Optional.empty();
    }
    if (today.isAfter(due)) {
      return Optional.of(new Reminder(ReminderKind.OVERDUE, overdueDays(today, due)));
    }
    LocalDate dueWorkingDay = calendar.isWorkingDay(due) ? due : calendar.previousWorkingDay(due);
    if (today.equals(dueWorkingDay)) {
      return Optional.of(new Reminder(ReminderKind.DUE, 0));
    }
    if (today.equals(calendar.addWorkingDays(dueWorkingDay, -properties.daysBeforeDue()))) {
      return Optional.of(new Reminder(ReminderKind.BEFORE_DUE, 0));
    }
    return Optional.empty();
  }

  /** Working days after the due date, up to and including today. */
  int overdueDays(LocalDate today, LocalDate due) {
    return today.isAfter(due) ? calendar.workingDaysBetween(due, today) : 0;
  }

  boolean copiesHead(Reminder reminder) {
    return reminder.kind() == ReminderKind.OVERDUE && reminder.overdueDays() >= properties.headFromOverdueDay();
  }
}
