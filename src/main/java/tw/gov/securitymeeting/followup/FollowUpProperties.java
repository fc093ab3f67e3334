package tw.gov.securitymeeting.followup;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The meeting cycle's due dates (app.follow-up.*), in working days of the government calendar.
 *
 * @param reportWorkingDaysBefore units report this many working days before the next meeting
 * @param reviewWorkingDaysBefore the secretariat's 「彙整辦理情形」 is due this many working days before it
 * @param daysAfterMeetingWithoutNext without a next meeting date, units report this many days after the meeting
 */
@ConfigurationProperties("app.follow-up")
record FollowUpProperties(
    @DefaultValue("10") int reportWorkingDaysBefore,
    @DefaultValue("5") int reviewWorkingDaysBefore,
    @DefaultValue("30") int daysAfterMeetingWithoutNext) {

  FollowUpProperties {
    if (reportWorkingDaysBefore < reviewWorkingDaysBefore || reviewWorkingDaysBefore < 0) {
      throw new IllegalArgumentException(
          "app.follow-up: report-working-days-before must be at least review-working-days-before, both not negative");
    }
  }
}
