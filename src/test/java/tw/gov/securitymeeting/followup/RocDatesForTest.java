package tw.gov.securitymeeting.followup;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;

/** The expected due date, written independently of the code under test. */
final class RocDatesForTest {

  private RocDatesForTest() {}

  static Date endOfDay(LocalDate date) {
    return Date.from(date.atTime(23, 59, 59).atZone(ZoneId.of("Asia/Taipei")).toInstant());
  }
}
