package tw.gov.securitymeeting.followup;

import java.util.List;

/**
 * A meeting to register, as sent by the secretariat. Dates and kinds are strings here so that a
 * bad value becomes a field message instead of a parse error; {@link MeetingRequestValidator}
 * turns this into a {@link ValidMeeting}.
 */
public record MeetingRequest(String series, String title, String heldOn, String nextMeetingOn, List<Item> items) {

  /** A meeting without a named series (its title is its series). */
  public MeetingRequest(String title, String heldOn, String nextMeetingOn, List<Item> items) {
    this(null, title, heldOn, nextMeetingOn, items);
  }

  public record Item(String number, String kind, String subject, String decision, List<String> leadUnits, String dueDate) {}
}
