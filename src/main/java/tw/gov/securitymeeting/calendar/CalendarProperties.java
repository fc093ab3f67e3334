package tw.gov.securitymeeting.calendar;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the administrator may put newer calendar files.
 *
 * @param directory optional folder of 「中華民國政府行政機關辦公日曆表」 CSV files (data.gov.tw dataset
 *     14718), read at start-up; a file there replaces the shipped calendar of the same year. Any file
 *     name ending in {@code .csv} is read; the year comes from the rows, not from the name.
 */
@ConfigurationProperties("app.calendar")
public record CalendarProperties(Path directory) {}
