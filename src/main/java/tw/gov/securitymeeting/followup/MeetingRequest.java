package tw.gov.securitymeeting.followup;

import java.util.List;

/**
 * A meeting to register, as sent by the secretariat. Dates and kinds are strings here so that a
 * bad value becomes a field message instead of a parse error; {@link MeetingRequestValidator}
 * turns this into a {@link ValidMeeting}. Every field after {@code items} is optional.
 */
public record MeetingRequest(String series, String title, String heldOn, String nextMeetingOn, List<Item> items,
    String session, String time, String place, String chair, String recorder, String documentNumber) {

  public MeetingRequest(String series, String title, String heldOn, String nextMeetingOn, List<Item> items) {
    this(series, title, heldOn, nextMeetingOn, items, null, null, null, null, null, null);
  }

  /** A meeting without a named series (its title is its series). */
  public MeetingRequest(String title, String heldOn, String nextMeetingOn, List<Item> items) {
    this(null, title, heldOn, nextMeetingOn, items);
  }

  public record Item(String number, String kind, String subject, String decision, List<String> leadUnits, String dueDate,
      String proposingUnit, String reportItem, List<String> coUnits) {

    public Item(String number, String kind, String subject, String decision, List<String> leadUnits, String dueDate) {
      this(number, kind, subject, decision, leadUnits, dueDate, null, null, null);
    }
  }
}
