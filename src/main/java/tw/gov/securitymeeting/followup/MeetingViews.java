package tw.gov.securitymeeting.followup;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** What GET /api/meetings answers. */
public final class MeetingViews {

  private MeetingViews() {}

  public record MeetingSummary(long id, String title, LocalDate heldOn, String heldOnRoc, LocalDate nextMeetingOn,
      int items, int openItems, int overdueItems) {}

  public record Meeting(long id, String title, LocalDate heldOn, String heldOnRoc, LocalDate nextMeetingOn,
      String registeredBy, Instant registeredAt, List<Item> items) {}

  public record Unit(String id, String name) {}

  public record Item(long id, String number, ItemKind kind, String kindLabel, String subject, String decision,
      String businessKey, String processInstanceId, ItemStatus status, String statusLabel, int currentRound,
      boolean allUnits, List<Unit> leadUnits, LocalDate dueDate, boolean overdue, List<Round> rounds) {}

  public record Round(int number, String instruction, List<Unit> leadUnits, LocalDate dueDate, Instant startedAt,
      List<Report> reports, List<Review> reviews, String ruling, String rulingLabel, String ruledBy, Instant ruledAt) {}

  public record Report(Unit unit, String status, String statusLabel, String progress, String suggestion,
      String suggestionLabel, String reportedBy, Instant reportedAt) {}

  public record Review(String recommendation, String recommendationLabel, String note, List<Unit> returnTo,
      String returnReason, String reviewedBy, Instant reviewedAt) {}
}
