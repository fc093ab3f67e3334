package tw.gov.securitymeeting.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tw.gov.securitymeeting.calendar.CalendarProperties;
import tw.gov.securitymeeting.calendar.WorkingDayCalendar;

/** The reminder policy on the 2026 government calendar (春節 2/14–2/22, 228 observed on 2/27). */
class ReminderScheduleTest {

  final ReminderProperties policy = new ReminderProperties(3, 3, 5, LocalTime.of(8, 0), LocalTime.of(8, 30));
  final ReminderSchedule schedule = new ReminderSchedule(new WorkingDayCalendar(new CalendarProperties(null)), policy);

  @Test
  void shouldRemindBeforeOnAndAfterTheDueDateOnWorkingDaysOnly() {
    LocalDate due = LocalDate.of(2026, 2, 11);
    Map<LocalDate, String> expected = new LinkedHashMap<>();
    expected.put(LocalDate.of(2026, 2, 6), "BEFORE_DUE/0");
    expected.put(LocalDate.of(2026, 2, 11), "DUE/0");
    expected.put(LocalDate.of(2026, 2, 12), "OVERDUE/1");
    expected.put(LocalDate.of(2026, 2, 13), "OVERDUE/2");
    expected.put(LocalDate.of(2026, 2, 23), "OVERDUE/3");
    expected.put(LocalDate.of(2026, 2, 24), "OVERDUE/4");
    expected.put(LocalDate.of(2026, 2, 25), "OVERDUE/5");
    expected.put(LocalDate.of(2026, 2, 26), "OVERDUE/6");
    expected.put(LocalDate.of(2026, 3, 2), "OVERDUE/7");

    Map<LocalDate, String> actual = new LinkedHashMap<>();
    for (LocalDate day = LocalDate.of(2026, 2, 1); day.isBefore(LocalDate.of(2026, 3, 3)); day = day.plusDays(1)) {
      LocalDate today = day;
      schedule.on(today, due).ifPresent(r -> actual.put(today, r.kind() + "/" + r.overdueDays()));
    }

    assertThat(actual).containsExactlyEntriesOf(expected);
  }

  @Test
  void shouldCountTheDaysBeforeTheDueDateInWorkingDaysAcrossTheHoliday() {
    // Three working days before Monday 2 March 2026: 26, 25, 24 February (27 February is 228 observed).
    assertThat(schedule.on(LocalDate.of(2026, 2, 24), LocalDate.of(2026, 3, 2)))
        .contains(new ReminderSchedule.Reminder(ReminderKind.BEFORE_DUE, 0));
  }

  @Test
  void shouldRemindOnTheWorkingDayBeforeADueDateThatIsAHoliday() {
    assertThat(schedule.on(LocalDate.of(2026, 2, 13), LocalDate.of(2026, 2, 16)))
        .contains(new ReminderSchedule.Reminder(ReminderKind.DUE, 0));
  }

  @Test
  void shouldCopyTheHeadFromTheThirdOverdueDay() {
    assertThat(schedule.copiesHead(new ReminderSchedule.Reminder(ReminderKind.OVERDUE, 2))).isFalse();
    assertThat(schedule.copiesHead(new ReminderSchedule.Reminder(ReminderKind.OVERDUE, 3))).isTrue();
    assertThat(schedule.copiesHead(new ReminderSchedule.Reminder(ReminderKind.DUE, 0))).isFalse();
  }
}
