package tw.gov.securitymeeting.followup;

import java.time.LocalDate;
import java.util.List;

/** A meeting whose every field has been checked. */
record ValidMeeting(String series, String title, LocalDate heldOn, LocalDate nextMeetingOn, List<Item> items, MeetingDetails details) {

  ValidMeeting(String series, String title, LocalDate heldOn, LocalDate nextMeetingOn, List<Item> items) {
    this(series, title, heldOn, nextMeetingOn, items, MeetingDetails.NONE);
  }

  /** A meeting that is its own series. */
  ValidMeeting(String title, LocalDate heldOn, LocalDate nextMeetingOn, List<Item> items) {
    this(title, title, heldOn, nextMeetingOn, items);
  }

  /**
   * dueDate is null when the request left it to the default; proposingUnit (提案單位) and reportItem
   * (the report item a 主席裁示 was given on) may be null; coUnits (協辦單位) may be empty.
   */
  record Item(String number, ItemKind kind, String subject, String decision, List<String> leadUnits, LocalDate dueDate,
      String proposingUnit, String reportItem, List<String> coUnits) {

    Item(String number, ItemKind kind, String subject, String decision, List<String> leadUnits, LocalDate dueDate) {
      this(number, kind, subject, decision, leadUnits, dueDate, null, null, List.of());
    }
  }
}
