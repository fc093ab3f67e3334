package tw.gov.securitymeeting.followup.report;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tw.gov.securitymeeting.followup.FollowUpRepository;
import tw.gov.securitymeeting.followup.FollowUpRepository.ItemRow;
import tw.gov.securitymeeting.followup.FollowUpRepository.MeetingRow;
import tw.gov.securitymeeting.followup.FollowUpRepository.ReportRow;
import tw.gov.securitymeeting.followup.FollowUpRepository.RoundRow;
import tw.gov.securitymeeting.organization.Organization;
import tw.gov.securitymeeting.system.RocDates;

/**
 * 「上次會議主席裁(指)示事項辦理情形報告」, the table that opens the next meeting: one row per item
 * of a meeting, in the meeting's order, from the read model only.
 */
@Component
public class FollowUpReport {

  public static final String NAME = "上次會議主席裁(指)示事項辦理情形報告";
  public static final String ALL_UNITS = "本府各處暨所屬各機關";
  public static final String CLOSED = "准予備查，解除列管。";
  public static final String CONTINUED = "繼續列管：";

  public record Report(long meetingId, String meetingTitle, LocalDate heldOn, LocalDate nextMeetingOn, List<Row> rows) {

    public String title() {
      return meetingTitle + " " + NAME;
    }

    public String heldOnRoc() {
      return RocDates.format(heldOn);
    }
  }

  /**
   * One item: 決議事項 (number、subject, and the decision on its own line), 主辦單位, 辦理情形 (one
   * paragraph per unit) and 主席裁示 of the round shown.
   */
  public record Row(String resolution, String units, List<String> progress, String ruling) {}

  private final FollowUpRepository repository;
  private final Organization organization;

  FollowUpReport(FollowUpRepository repository, Organization organization) {
    this.repository = repository;
    this.organization = organization;
  }

  @Transactional(readOnly = true)
  public Optional<Report> of(long meetingId) {
    return repository.meeting(meetingId).map(this::report);
  }

  private Report report(MeetingRow meeting) {
    List<RoundRow> rounds = repository.rounds(meeting.id());
    List<ReportRow> reports = repository.reports(meeting.id());
    List<Row> rows = repository.items(meeting.id()).stream()
        .map(item -> row(item, rounds.stream().filter(r -> r.itemId() == item.id()).toList(), reports))
        .toList();
    return new Report(meeting.id(), meeting.title(), meeting.heldOn(), meeting.nextMeetingOn(), rows);
  }

  /** The round shown is the latest one with reports; before any report only the item itself is shown. */
  private Row row(ItemRow item, List<RoundRow> rounds, List<ReportRow> reports) {
    Optional<RoundRow> shown = rounds.stream()
        .filter(round -> reports.stream().anyMatch(report -> report.roundId() == round.id()))
        .max(Comparator.comparingInt(RoundRow::number));
    return new Row(resolution(item), units(item),
        shown.map(round -> progress(round, reports)).orElse(List.of()),
        shown.map(round -> ruling(round, rounds)).orElse(""));
  }

  private static String resolution(ItemRow item) {
    String text = item.number() + "、" + item.subject();
    String decision = item.decision() == null ? "" : item.decision().strip();
    return decision.isEmpty() || decision.equals(item.subject().strip()) ? text : text + "\n" + decision;
  }

  private String units(ItemRow item) {
    return item.allUnits() ? ALL_UNITS : String.join("、", item.leadUnits().stream().map(organization::unitName).toList());
  }

  /**
   * The latest report of each unit in the round, in the order of the round's units. A round for
   * one unit shows its text alone; a round for several prefixes each paragraph with the unit.
   */
  private List<String> progress(RoundRow round, List<ReportRow> reports) {
    Map<String, ReportRow> latest = new LinkedHashMap<>();
    reports.stream().filter(report -> report.roundId() == round.id()).forEach(report -> latest.put(report.unitId(), report));
    boolean byUnit = latest.size() > 1 || round.leadUnits().size() > 1;
    return latest.values().stream()
        .sorted(Comparator.comparingInt(report -> position(round.leadUnits(), report.unitId())))
        .map(report -> byUnit ? organization.unitName(report.unitId()) + "：" + report.progress() : report.progress())
        .toList();
  }

  private static int position(List<String> units, String unit) {
    int index = units.indexOf(unit);
    return index < 0 ? Integer.MAX_VALUE : index;
  }

  private static String ruling(RoundRow round, List<RoundRow> rounds) {
    if ("close".equals(round.ruling())) {
      return CLOSED;
    }
    if ("continue".equals(round.ruling())) {
      return rounds.stream()
          .filter(next -> next.number() == round.number() + 1)
          .findFirst()
          .map(next -> CONTINUED + next.instruction())
          .orElse("繼續列管。");
    }
    return "";
  }
}
