package tw.gov.securitymeeting.followup;

import java.time.LocalDate;
import java.util.List;

/** A meeting whose every field has been checked. */
record ValidMeeting(String series, String title, LocalDate heldOn, LocalDate nextMeetingOn, List<Item> items) {

  /** A meeting that is its own series. */
  ValidMeeting(String title, LocalDate heldOn, LocalDate nextMeetingOn, List<Item> items) {
    this(title, title, heldOn, nextMeetingOn, items);
  }

  /** dueDate is null when the request left it to the default. */
  record Item(String number, ItemKind kind, String subject, String decision, List<String> leadUnits, LocalDate dueDate) {}
}
