package tw.gov.securitymeeting.followup;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/** What GET /api/meetings answers. */
public final class MeetingViews {

  private MeetingViews() {}

  public record MeetingSummary(long id, String title, LocalDate heldOn, String heldOnRoc, LocalDate nextMeetingOn,
      int items, int openItems, int overdueItems, String series, String session, LocalTime time, String place, String chair,
      String recorder, String documentNumber) {}

  public record Meeting(long id, String title, LocalDate heldOn, String heldOnRoc, LocalDate nextMeetingOn,
      String registeredBy, Instant registeredAt, List<Item> items, String series, String session, LocalTime time, String place,
      String chair, String recorder, String documentNumber, List<Correction> corrections) {}

  /** A correction of the meeting (item-level ones are under their item): field, before → after, who and when. */
  public record Correction(String field, String fieldLabel, String before, String after, String correctedBy, Instant correctedAt) {}

  /**
   * Whom an open item waits for: 「單位」 (and which units have not reported), 「幕僚單位」 or 「主席」;
   * null when it is closed.
   */
  public record Waiting(String on, List<Unit> units) {}

  public record Unit(String id, String name) {}

  public record Item(long id, String number, ItemKind kind, String kindLabel, String subject, String decision,
      String businessKey, String processInstanceId, ItemStatus status, String statusLabel, int currentRound,
      boolean allUnits, List<Unit> leadUnits, LocalDate dueDate, boolean overdue, List<Round> rounds, Unit proposingUnit,
      String reportItem, List<Unit> coUnits, Waiting waitingFor, List<Correction> corrections) {}

  public record Round(int number, String instruction, List<Unit> leadUnits, LocalDate dueDate, Instant startedAt,
      List<Report> reports, List<Review> reviews, String ruling, String rulingLabel, String ruledBy, Instant ruledAt) {}

  public record Report(Unit unit, String status, String statusLabel, String progress, String suggestion,
      String suggestionLabel, String reportedBy, Instant reportedAt) {}

  public record Review(String recommendation, String recommendationLabel, String note, List<Unit> returnTo,
      String returnReason, String reviewedBy, Instant reviewedAt) {}
}
