package tw.gov.securitymeeting.calendar;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

/**
 * One complete year of the official calendar.
 *
 * @param year the Gregorian year
 * @param source where it was read from, for messages
 * @param daysOff every day of the year that is not a working day (是否放假 = 2)
 * @param remarks the 備註 of each day that has one
 */
record CalendarYear(int year, String source, Set<LocalDate> daysOff, Map<LocalDate, String> remarks) {}
