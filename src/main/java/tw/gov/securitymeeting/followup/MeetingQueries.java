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

  @Transactional(readOnly = true)
  public List<MeetingViews.MeetingSummary> meetings() {
    return repository.meetings().stream().map(this::summary).toList();
  }

  @Transactional(readOnly = true)
  public Optional<MeetingViews.Meeting> meeting(long id) {
    return repository.meeting(id).map(this::detail);
  }

  static boolean isOverdue(ItemRow item) {
    return item.status() != ItemStatus.CLOSED && RocDates.today().isAfter(item.dueDate());
  }

  private MeetingViews.MeetingSummary summary(MeetingRow meeting) {
    List<ItemRow> items = repository.items(meeting.id());
    int open = (int) items.stream().filter(i -> i.status() != ItemStatus.CLOSED).count();
    int overdue = (int) items.stream().filter(MeetingQueries::isOverdue).count();
    return new MeetingViews.MeetingSummary(meeting.id(), meeting.title(), meeting.heldOn(), RocDates.format(meeting.heldOn()),
        meeting.nextMeetingOn(), items.size(), open, overdue);
  }

  private MeetingViews.Meeting detail(MeetingRow meeting) {
    List<RoundRow> rounds = repository.rounds(meeting.id());
    List<ReportRow> reports = repository.reports(meeting.id());
    List<ReviewRow> reviews = repository.reviews(meeting.id());
    List<MeetingViews.Item> items = repository.items(meeting.id()).stream()
        .map(item -> item(item, rounds.stream().filter(r -> r.itemId() == item.id()).toList(), reports, reviews))
        .toList();
    return new MeetingViews.Meeting(meeting.id(), meeting.title(), meeting.heldOn(), RocDates.format(meeting.heldOn()),
        meeting.nextMeetingOn(), meeting.registeredBy(), meeting.registeredAt(), items);
  }

  private MeetingViews.Item item(ItemRow item, List<RoundRow> rounds, List<ReportRow> reports, List<ReviewRow> reviews) {
    List<MeetingViews.Round> roundViews = rounds.stream()
        .map(round -> round(round,
            reports.stream().filter(r -> r.roundId() == round.id()).toList(),
            reviews.stream().filter(r -> r.roundId() == round.id()).toList()))
        .toList();
    return new MeetingViews.Item(item.id(), item.number(), item.kind(), item.kind().label(), item.subject(), item.decision(),
        item.businessKey(), item.processInstanceId(), item.status(), item.status().label(), item.currentRound(),
        item.allUnits(), units(item.leadUnits()), item.dueDate(), isOverdue(item), roundViews);
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
