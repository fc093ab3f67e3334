package tw.gov.securitymeeting.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
@ExtendWith(OutputCaptureExtension.class)
class WorkingDayCalendarTest {

  private final WorkingDayCalendar calendar = new WorkingDayCalendar(new CalendarProperties(null));

  private static LocalDate date(int y, int m, int d) {
    return LocalDate.of(y, m, d);
  }

  @Test
  void a_normal_weekday_is_a_working_day() {
    assertThat(calendar.isWorkingDay(date(2026, 3, 4))).isTrue();
    assertThat(calendar.holidayName(date(2026, 3, 4))).isEmpty();
  }

  @Test
  void saturday_and_sunday_are_not_working_days() {
    assertThat(calendar.isWorkingDay(date(2026, 3, 7))).isFalse();
    assertThat(calendar.isWorkingDay(date(2026, 3, 8))).isFalse();
    assertThat(calendar.holidayName(date(2026, 3, 7))).isEmpty();
  }

  @Test
  void every_day_of_the_2026_lunar_new_year_break_is_a_day_off_and_work_resumes_on_february_23() {
    for (LocalDate d = date(2026, 2, 14); !d.isAfter(date(2026, 2, 22)); d = d.plusDays(1)) {
      assertThat(calendar.isWorkingDay(d)).as(d.toString()).isFalse();
    }
    assertThat(calendar.isWorkingDay(date(2026, 2, 13))).isTrue();
    assertThat(calendar.isWorkingDay(date(2026, 2, 23))).isTrue();
    assertThat(calendar.addWorkingDays(date(2026, 2, 13), 1)).isEqualTo(date(2026, 2, 23));
    assertThat(calendar.holidayName(date(2026, 2, 16))).contains("農曆除夕");
    assertThat(calendar.holidayName(date(2026, 2, 17))).contains("春節");
  }

  @Test
  void a_make_up_saturday_is_a_working_day() {
    assertThat(calendar.isWorkingDay(date(2025, 2, 8))).isTrue();
    assertThat(calendar.isWorkingDay(date(2024, 2, 17))).isTrue();
    assertThat(calendar.holidayName(date(2025, 2, 8))).isEmpty();
    assertThat(calendar.previousWorkingDay(date(2025, 2, 10))).isEqualTo(date(2025, 2, 8));
  }

  @Test
  void an_adjusted_day_off_is_not_a_working_day() {
    assertThat(calendar.isWorkingDay(date(2025, 1, 27))).isFalse();
    assertThat(calendar.holidayName(date(2025, 1, 27))).contains("調整放假");
  }

  @Test
  void adding_working_days_skips_the_weekend_in_both_directions() {
    assertThat(calendar.addWorkingDays(date(2026, 3, 6), 1)).isEqualTo(date(2026, 3, 9));
    assertThat(calendar.addWorkingDays(date(2026, 3, 5), 3)).isEqualTo(date(2026, 3, 10));
    assertThat(calendar.addWorkingDays(date(2026, 3, 9), -1)).isEqualTo(date(2026, 3, 6));
    assertThat(calendar.addWorkingDays(date(2026, 3, 10), -3)).isEqualTo(date(2026, 3, 5));
  }

  @Test
  void adding_working_days_skips_the_lunar_new_year_break_in_both_directions() {
    assertThat(calendar.addWorkingDays(date(2026, 2, 12), 2)).isEqualTo(date(2026, 2, 23));
    assertThat(calendar.addWorkingDays(date(2026, 2, 23), -2)).isEqualTo(date(2026, 2, 12));
    assertThat(calendar.addWorkingDays(date(2026, 2, 17), 1)).isEqualTo(date(2026, 2, 23));
    assertThat(calendar.addWorkingDays(date(2026, 2, 17), -1)).isEqualTo(date(2026, 2, 13));
  }

  @Test
  void adding_zero_working_days_returns_the_same_date() {
    assertThat(calendar.addWorkingDays(date(2026, 2, 17), 0)).isEqualTo(date(2026, 2, 17));
  }

  @Test
  void adding_working_days_crosses_into_the_next_year() {
    assertThat(calendar.addWorkingDays(date(2026, 12, 31), 1)).isEqualTo(date(2027, 1, 4));
  }

  @Test
  void the_previous_working_day_of_a_monday_is_the_friday_before() {
    assertThat(calendar.previousWorkingDay(date(2026, 3, 9))).isEqualTo(date(2026, 3, 6));
  }

  @Test
  void the_previous_working_day_skips_a_long_weekend() {
    assertThat(calendar.previousWorkingDay(date(2026, 2, 23))).isEqualTo(date(2026, 2, 13));
    assertThat(calendar.previousWorkingDay(date(2026, 4, 7))).isEqualTo(date(2026, 4, 2));
  }

  @Test
  void working_days_between_counts_after_the_start_up_to_the_end_and_is_negative_backwards() {
    assertThat(calendar.workingDaysBetween(date(2026, 3, 6), date(2026, 3, 9))).isEqualTo(1);
    assertThat(calendar.workingDaysBetween(date(2026, 2, 13), date(2026, 2, 23))).isEqualTo(1);
    assertThat(calendar.workingDaysBetween(date(2026, 3, 9), date(2026, 3, 6))).isEqualTo(-1);
    assertThat(calendar.workingDaysBetween(date(2026, 3, 9), date(2026, 3, 9))).isZero();
  }

  @Test
  void working_days_between_undoes_add_working_days() {
    for (LocalDate start : new LocalDate[] {date(2026, 2, 17), date(2026, 3, 9), date(2025, 2, 8), date(2027, 2, 6)}) {
      for (int n = -40; n <= 40; n++) {
        assertThat(calendar.workingDaysBetween(start, calendar.addWorkingDays(start, n)))
            .as("%s %+d", start, n)
            .isEqualTo(n);
      }
    }
  }

  @Test
  void a_year_without_a_calendar_falls_back_to_monday_to_friday_and_warns_once(CapturedOutput output) {
    WorkingDayCalendar fresh = new WorkingDayCalendar(new CalendarProperties(null));

    assertThat(fresh.isWorkingDay(date(2031, 1, 1))).isTrue(); // a Wednesday; holidays unknown
    assertThat(fresh.isWorkingDay(date(2031, 1, 4))).isFalse();
    assertThat(fresh.addWorkingDays(date(2031, 1, 2), 2)).isEqualTo(date(2031, 1, 6));
    assertThat(fresh.previousWorkingDay(date(2031, 1, 6))).isEqualTo(date(2031, 1, 3));
    assertThat(fresh.holidayName(date(2031, 1, 4))).isEmpty();

    assertThat(output.getOut().split("沒有 2031 年", -1)).hasSize(2);
  }

  @Test
  void working_days_between_two_days_equal_a_walk_day_by_day_across_years_with_and_without_a_calendar_file() {
    // From a year without a file (Monday to Friday), through the shipped years, into one after them; both directions.
    java.util.Random random = new java.util.Random(20261204);
    LocalDate first = date(2021, 11, 1);
    for (int n = 0; n < 2_000; n++) {
      LocalDate a = first.plusDays(random.nextInt(2_600));
      LocalDate b = a.plusDays(random.nextInt(800) - 100);
      int walked = 0;
      if (b.isAfter(a)) {
        for (LocalDate d = a.plusDays(1); !d.isAfter(b); d = d.plusDays(1)) {
          walked += calendar.isWorkingDay(d) ? 1 : 0;
        }
      } else {
        for (LocalDate d = b; d.isBefore(a); d = d.plusDays(1)) {
          walked -= calendar.isWorkingDay(d) ? 1 : 0;
        }
      }
      assertThat(calendar.workingDaysBetween(a, b)).as(a + " → " + b).isEqualTo(walked);
    }
    assertThat(calendar.workingDaysBetween(date(2025, 12, 31), date(2026, 1, 2))).isEqualTo(1); // 1 January is off
    assertThat(calendar.workingDaysBetween(date(2026, 3, 4), date(2026, 3, 4))).isZero();
  }
}
