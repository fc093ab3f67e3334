package tw.gov.securitymeeting.followup.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tw.gov.securitymeeting.followup.Choices;
import tw.gov.securitymeeting.followup.FollowUpRepository;
import tw.gov.securitymeeting.followup.FollowUpRepository.ItemRow;
import tw.gov.securitymeeting.followup.FollowUpRepository.MeetingRow;
import tw.gov.securitymeeting.followup.FollowUpRepository.ReportRow;
import tw.gov.securitymeeting.followup.FollowUpRepository.ReviewRow;
import tw.gov.securitymeeting.followup.FollowUpRepository.RoundRow;
import tw.gov.securitymeeting.organization.Organization;
import tw.gov.securitymeeting.system.RocDates;

/**
 * The table for a meeting being prepared (議程「上次會議主席裁(指)示事項辦理情形報告」): every item of
 * the series still 列管 from every earlier meeting, with one 辦理情形 per item (the secretariat's) and
 * 幕僚單位建議; after the meeting also the 主席裁示 given at it. The units' own reports form the annex.
 */
@Component
public class AgendaReport {

  public static final String NAME = "上次會議主席裁(指)示事項辦理情形報告";
  static final String[] NUMERALS = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};

  public record Agenda(long meetingId, String meetingTitle, String heldOnRoc, List<Row> rows, boolean ruled) {

    public String title() {
      return meetingTitle + " " + NAME;
    }
  }

  /** One row: 編號 | 決議事項（含歷次裁示）| 主辦單位 | 辦理情形 | 幕僚單位建議 | 主席裁示, and the units' reports for the annex. */
  public record Row(String number, List<String> resolution, String units, String progress, String recommendation, String ruling,
      List<String> unitReports) {}

  private final FollowUpRepository repository;
  private final Organization organization;

  AgendaReport(FollowUpRepository repository, Organization organization) {
    this.repository = repository;
    this.organization = organization;
  }

  @Transactional(readOnly = true)
  public Optional<Agenda> of(long meetingId) {
    return repository.meeting(meetingId).map(this::agenda);
  }

  private Agenda agenda(MeetingRow meeting) {
    List<Row> rows = new ArrayList<>();
    for (ItemRow item : repository.agendaItems(meeting.series(), meeting.heldOn(), meeting.id())) {
      rows.add(row(rows.size() + 1, item, meeting.id()));
    }
    boolean ruled = rows.stream().anyMatch(row -> !row.ruling().isEmpty());
    return new Agenda(meeting.id(), meeting.titleWithSession(), RocDates.withWeekday(meeting.heldOn()), rows, ruled);
  }

  private Row row(int position, ItemRow item, long meetingId) {
    List<RoundRow> rounds = repository.roundsOfItem(item.id());
    RoundRow shown = rounds.stream().filter(r -> Long.valueOf(meetingId).equals(r.ruledAtMeeting())).findFirst()
        .orElse(rounds.get(rounds.size() - 1));
    List<ReportRow> reports = repository.reportsOfItem(item.id()).stream().filter(r -> r.roundId() == shown.id()).toList();
    Optional<ReviewRow> review = repository.reviewsOfItem(item.id()).stream()
        .filter(r -> r.roundId() == shown.id() && r.recommendation() != null).reduce((a, b) -> b);
    List<String> unitReports = latest(reports, shown).stream()
        .map(r -> organization.unitName(r.unitId()) + "：" + r.progress()).toList();
    String progress = review.map(ReviewRow::consolidated).filter(t -> t != null && !t.isBlank())
        .orElse(String.join("\n", unitReports));
    return new Row(numeral(position), resolution(item, rounds, shown), units(item, shown), progress,
        review.map(r -> Choices.label(Choices.RECOMMENDATION, r.recommendation())).orElse(""),
        Long.valueOf(meetingId).equals(shown.ruledAtMeeting()) ? ruling(shown, rounds) : "", unitReports);
  }

  /** The decision, then each earlier ruling that continued it (歷次裁示). */
  private static List<String> resolution(ItemRow item, List<RoundRow> rounds, RoundRow shown) {
    List<String> lines = new ArrayList<>();
    String decision = item.decision() == null || item.decision().isBlank() ? "" : item.decision().strip();
    lines.add(decision.isEmpty() || decision.equals(item.subject().strip()) ? item.subject() : item.subject() + "\n" + decision);
    for (RoundRow round : rounds) {
      if (round.number() > 1 && round.number() <= shown.number()) {
        lines.add("第" + round.number() + "次列管，主席裁示：" + round.instruction());
      }
    }
    return lines;
  }

  /** 主辦單位（協辦單位）: the lead units, then the 協辦單位 in brackets. */
  private String units(ItemRow item, RoundRow round) {
    String lead = item.allUnits() ? FollowUpReport.ALL_UNITS : String.join("、", round.leadUnits().stream().map(organization::unitName).toList());
    return item.coUnits().isEmpty() ? lead : lead + "（" + String.join("、", item.coUnits().stream().map(organization::unitName).toList()) + "）";
  }

  private static String ruling(RoundRow round, List<RoundRow> rounds) {
    if ("close".equals(round.ruling())) {
      return "准予備查，解除列管。";
    }
    return rounds.stream().filter(next -> next.number() == round.number() + 1).findFirst()
        .map(next -> "繼續列管：" + next.instruction()).orElse("繼續列管。");
  }

  private static List<ReportRow> latest(List<ReportRow> reports, RoundRow round) {
    Map<String, ReportRow> latest = new LinkedHashMap<>();
    reports.forEach(r -> latest.put(r.unitId(), r));
    return latest.values().stream()
        .sorted(Comparator.comparingInt(r -> round.leadUnits().indexOf(r.unitId()) < 0 ? Integer.MAX_VALUE : round.leadUnits().indexOf(r.unitId())))
        .toList();
  }

  /** 一 … 九十九, as the seed numbers the table's rows. */
  static String numeral(int n) {
    if (n <= 10) {
      return NUMERALS[n - 1];
    }
    int tens = n / 10;
    int ones = n % 10;
    return (tens == 1 ? "" : NUMERALS[tens - 1]) + "十" + (ones == 0 ? "" : NUMERALS[ones - 1]);
  }
}
