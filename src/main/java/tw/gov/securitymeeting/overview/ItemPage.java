package tw.gov.securitymeeting.overview;

import java.time.Instant;
import java.util.List;
import tw.gov.securitymeeting.organization.Organization;
import tw.gov.securitymeeting.system.RocDates;

/** One item as its page shows it: every text in Chinese, every date as officers write it. */
record ItemPage(String title, String meeting, String kind, String status, String dueDate, String closedAt,
    List<Round> rounds, List<Correction> corrections, List<Mail> mails) {

  record Round(int number, String instruction, String units, String dueDate, String startedAt, List<Report> reports,
      List<Review> reviews, String ruling, String ruledBy, String ruledAt) {}

  record Report(String unit, String status, String progress, String suggestion, String by, String at, boolean late) {}

  record Review(String consolidated, String recommendation, String note, String returnTo, String returnReason, String by, String at) {}

  record Correction(String field, String before, String after, String by, String at) {}

  record Mail(String subject, String recipients, String status, String createdAt, String sentAt) {}

  ItemPage(ItemQueries.Item item, List<ItemQueries.Round> rounds, List<ItemQueries.Correction> corrections, List<ItemQueries.Mail> mails,
      Organization organization) {
    this(item.number() + "　" + item.subject(),
        OverviewTexts.meeting(item.meetingTitle(), item.meetingSession()) + "（" + RocDates.withWeekday(item.heldOn()) + "）",
        OverviewTexts.label(OverviewTexts.KIND, item.kind()), OverviewTexts.label(OverviewTexts.STATUS, item.status()),
        RocDates.withWeekday(item.dueDate()), at(item.closedAt()),
        rounds.stream().map(round -> round(round, organization)).toList(),
        corrections.stream().map(c -> new Correction(OverviewTexts.label(OverviewTexts.CORRECTED_FIELD, c.field()), value(c.field(), c.before()),
            value(c.field(), c.after()), person(c.correctedBy(), organization), at(c.correctedAt()))).toList(),
        mails.stream().map(mail -> new Mail(mail.subject(), mail.recipients(), OverviewTexts.label(OverviewTexts.MAIL_STATUS, mail.status()),
            at(mail.createdAt()), at(mail.sentAt()))).toList());
  }

  private static Round round(ItemQueries.Round round, Organization organization) {
    return new Round(round.number(), round.instruction(), names(round.units(), organization), RocDates.withWeekday(round.dueDate()),
        at(round.startedAt()),
        round.reports().stream().map(r -> new Report(organization.unitName(r.unitId()), OverviewTexts.label(OverviewTexts.PROGRESS, r.status()),
            r.progress(), OverviewTexts.label(OverviewTexts.SUGGESTION, r.suggestion()), person(r.reportedBy(), organization), at(r.reportedAt()),
            r.reportedAt() != null && r.reportedAt().atZone(RocDates.TAIPEI).toLocalDate().isAfter(round.dueDate()))).toList(),
        round.reviews().stream().map(r -> new Review(r.consolidated(), OverviewTexts.label(OverviewTexts.RECOMMENDATION, r.recommendation()),
            r.note(), names(r.returnTo(), organization), r.returnReason(), person(r.reviewedBy(), organization), at(r.reviewedAt()))).toList(),
        OverviewTexts.label(OverviewTexts.RULING, round.ruling()), person(round.ruledBy(), organization), at(round.ruledAt()));
  }

  /** A corrected value as stored (units already by name); a due date as officers write it. */
  private static String value(String field, String value) {
    if (value == null || value.isBlank()) {
      return "（無）";
    }
    if ("dueDate".equals(field)) {
      try {
        return RocDates.withWeekday(java.time.LocalDate.parse(value));
      } catch (java.time.format.DateTimeParseException e) {
        return value;
      }
    }
    return value;
  }

  private static String names(List<String> units, Organization organization) {
    return String.join("、", units.stream().map(organization::unitName).toList());
  }

  private static String person(String id, Organization organization) {
    return id == null ? "" : organization.user(id).map(Organization.Member::name).orElse(id);
  }

  private static String at(Instant instant) {
    return instant == null ? "" : RocDates.dateTime(instant);
  }
}
