package tw.gov.securitymeeting.reminder;

import java.time.LocalTime;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The reminder policy (app.reminders.*). Days are working days of the government calendar;
 * times are Taipei time.
 *
 * @param daysBeforeDue the reminder before the due date, this many working days ahead
 * @param headFromOverdueDay from this overdue working day on, the unit's head is copied
 * @param digestFromOverdueDay from this overdue working day on, the item is named in the weekly digest
 * @param sendFrom reminders go out on working days from this time on
 * @param digestAt the weekly digest goes out on the week's first working day from this time on
 */
@ConfigurationProperties("app.reminders")
public record ReminderProperties(
    @DefaultValue("3") int daysBeforeDue,
    @DefaultValue("3") int headFromOverdueDay,
    @DefaultValue("5") int digestFromOverdueDay,
    @DefaultValue("08:00") LocalTime sendFrom,
    @DefaultValue("08:30") LocalTime digestAt) {}
