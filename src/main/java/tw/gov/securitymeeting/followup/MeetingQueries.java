package tw.gov.securitymeeting.followup;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tw.gov.securitymeeting.followup.FollowUpRepository.ItemRow;
import tw.gov.securitymeeting.followup.FollowUpRepository.MeetingRow;
import tw.gov.securitymeeting.followup.FollowUpRepository.ReportRow;
import tw.gov.securitymeeting.followup.FollowUpRepository.ReviewRow;
import tw.gov.securitymeeting.followup.FollowUpRepository.RoundRow;
import tw.gov.securitymeeting.organization.Organization;
import tw.gov.securitymeeting.system.RocDates;

/** Meetings with their items, rounds, reports and rulings, from the read model only. */
@Component
public class MeetingQueries {

  private final FollowUpRepository repository;
  private final Organization organization;

  MeetingQueries(FollowUpRepository repository, Organization organization) {
    this.repository = repository;
    this.organization = organization;
  }

  static final java.util.Map<String, String> FIELD_LABELS = java.util.Map.ofEntries(
      java.util.Map.entry("item", "新增決議事項"), java.util.Map.entry("subject", "案由"), java.util.Map.entry("leadUnits", "主辦單位"),
      java.util.Map.entry("coUnits", "協辦單位"), java.util.Map.entry("dueDate", "辦理期限"), java.util.Map.entry("title", "會議名稱"),
      java.util.Map.entry("heldOn", "開會日期"), java.util.Map.entry("nextMeetingOn", "下次開會日期"), java.util.Map.entry("session", "次別"),
      java.util.Map.entry("time", "開會時間"), java.util.Map.entry("place", "地點"), java.util.Map.entry("chair", "主席"),
      java.util.Map.entry("recorder", "記錄"), java.util.Map.entry("documentNumber", "文號"));

  /** Every meeting, newest first (one query). */
  @Transactional(readOnly = true)
  public List<MeetingViews.MeetingSummary> meetings() {
    return repository.allMeetings(RocDates.today()).stream().map(this::summary).toList();
  }

  /** One page of meetings, newest first (one query for the page). */
  @Transactional(readOnly = true)
  public List<MeetingViews.MeetingSummary> meetings(int page, int size) {
    return repository.meetingPage(RocDates.today(), page, size).stream().map(this::summary).toList();
  }

  public long meetingCount() {
    return repository.meetingCount();
  }

  @Transactional(readOnly = true)
  public Optional<MeetingViews.Meeting> meeting(long id) {
    return repository.meeting(id).map(this::detail);
  }

  /**
   * A unit's overdue item: it still waits for units' reports (status OPEN) after its due date. An
   * item whose units have all reported and that only waits for the secretariat or the chair is not
   * (their tasks have their own due dates and reminders). The SQL of the meeting list counts the same.
   */
  static boolean isOverdue(ItemRow item) {
    return item.status() == ItemStatus.OPEN && RocDates.today().isAfter(item.dueDate());
  }

  private MeetingViews.MeetingSummary summary(FollowUpRepository.MeetingCountsRow row) {
    MeetingRow meeting = row.meeting();
    MeetingDetails d = meeting.details();
    return new MeetingViews.MeetingSummary(meeting.id(), meeting.title(), meeting.heldOn(), RocDates.format(meeting.heldOn()),
        meeting.nextMeetingOn(), row.items(), row.openItems(), row.overdueItems(), meeting.series(), d.session(), d.time(), d.place(),
        d.chair(), d.recorder(), d.documentNumber());
  }

  private MeetingViews.Meeting detail(MeetingRow meeting) {
    List<RoundRow> rounds = repository.rounds(meeting.id());
    List<ReportRow> reports = repository.reports(meeting.id());
    List<ReviewRow> reviews = repository.reviews(meeting.id());
    List<FollowUpRepository.CorrectionRow> corrections = repository.corrections(meeting.id());
    java.util.Map<Long, List<String>> openUnits = repository.openReportUnits(meeting.id());
    List<MeetingViews.Item> items = repository.items(meeting.id()).stream()
        .map(item -> item(item, rounds.stream().filter(r -> r.itemId() == item.id()).toList(), reports, reviews,
            corrections.stream().filter(c -> Long.valueOf(item.id()).equals(c.itemId())).toList(),
            openUnits.getOrDefault(item.id(), List.of())))
        .toList();
    MeetingDetails d = meeting.details();
    return new MeetingViews.Meeting(meeting.id(), meeting.title(), meeting.heldOn(), RocDates.format(meeting.heldOn()),
        meeting.nextMeetingOn(), meeting.registeredBy(), meeting.registeredAt(), items, meeting.series(), d.session(), d.time(), d.place(),
        d.chair(), d.recorder(), d.documentNumber(), corrections.stream().filter(c -> c.itemId() == null).map(MeetingQueries::correction).toList());
  }

  private static MeetingViews.Correction correction(FollowUpRepository.CorrectionRow row) {
    return new MeetingViews.Correction(row.field(), FIELD_LABELS.getOrDefault(row.field(), row.field()), row.before(), row.after(),
        row.correctedBy(), row.correctedAt());
  }

  private MeetingViews.Waiting waiting(ItemRow item, List<String> openUnits) {
    return switch (item.status()) {
      case OPEN -> new MeetingViews.Waiting("單位", units(openUnits));
      case AWAITING_SECRETARIAT -> new MeetingViews.Waiting("幕僚單位", List.of(unit(organization.secretariat())));
      case AWAITING_CHAIR -> new MeetingViews.Waiting("主席", List.of());
      case CLOSED -> null;
    };
  }

  private MeetingViews.Item item(ItemRow item, List<RoundRow> rounds, List<ReportRow> reports, List<ReviewRow> reviews,
      List<FollowUpRepository.CorrectionRow> corrections, List<String> openUnits) {
    List<MeetingViews.Round> roundViews = rounds.stream()
        .map(round -> round(round,
            reports.stream().filter(r -> r.roundId() == round.id()).toList(),
            reviews.stream().filter(r -> r.roundId() == round.id()).toList()))
        .toList();
    return new MeetingViews.Item(item.id(), item.number(), item.kind(), item.kind().label(), item.subject(), item.decision(),
        item.businessKey(), item.processInstanceId(), item.status(), item.status().label(), item.currentRound(),
        item.allUnits(), units(item.leadUnits()), item.dueDate(), isOverdue(item), roundViews,
        item.proposingUnit() == null ? null : unit(item.proposingUnit()), item.reportItem(), units(item.coUnits()), waiting(item, openUnits),
        corrections.stream().map(MeetingQueries::correction).toList());
  }

  private MeetingViews.Round round(RoundRow round, List<ReportRow> reports, List<ReviewRow> reviews) {
    return new MeetingViews.Round(round.number(), round.instruction(), units(round.leadUnits()), round.dueDate(), round.startedAt(),
        reports.stream().map(r -> new MeetingViews.Report(unit(r.unitId()), r.status(), Choices.label(Choices.PROGRESS_STATUS, r.status()),
            r.progress(), r.suggestion(), Choices.label(Choices.SUGGESTION, r.suggestion()), r.reportedBy(), r.reportedAt())).toList(),
        reviews.stream().map(r -> new MeetingViews.Review(r.recommendation(), r.recommendation() == null ? null : Choices.label(Choices.SUGGESTION, r.recommendation()),
            r.note(), units(r.returnTo()), r.returnReason(), r.reviewedBy(), r.reviewedAt())).toList(),
        round.ruling(), round.ruling() == null ? null : Choices.label(Choices.RULING, round.ruling()), round.ruledBy(), round.ruledAt());
  }

  private List<MeetingViews.Unit> units(List<String> ids) {
    return ids.stream().map(this::unit).toList();
  }

  private MeetingViews.Unit unit(String id) {
    return new MeetingViews.Unit(id, organization.unitName(id));
  }
}
