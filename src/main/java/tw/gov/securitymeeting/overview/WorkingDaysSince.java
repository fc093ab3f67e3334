package tw.gov.securitymeeting.overview;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import tw.gov.securitymeeting.calendar.WorkingDayCalendar;

/**
 * Working days from each of many due dates up to today, counting each day once: the days between consecutive dates are
 * added up from the latest back (the calendar counts day by day, and 100 overdue items years old would otherwise walk
 * the same years 100 times).
 */
final class WorkingDaysSince {

  private WorkingDaysSince() {}

  /** Date → working days after it up to and including today (as WorkingDayCalendar.workingDaysBetween). */
  static Map<LocalDate, Long> of(WorkingDayCalendar calendar, Collection<LocalDate> dates, LocalDate today) {
    List<LocalDate> sorted = dates.stream().filter(Objects::nonNull).distinct().sorted((a, b) -> b.compareTo(a)).toList();
    Map<LocalDate, Long> days = new HashMap<>();
    LocalDate later = today;
    long sum = 0;
    for (LocalDate date : sorted) {
      if (date.isAfter(today)) {
        days.put(date, (long) calendar.workingDaysBetween(date, today));
        continue;
      }
      sum += calendar.workingDaysBetween(date, later);
      days.put(date, sum);
      later = date;
    }
    return days;
  }
}
