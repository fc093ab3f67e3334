package tw.gov.securitymeeting.overview;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** One item's whole history from the follow-up's and the mail's tables (read only). */
@Repository
class ItemQueries {

  private final JdbcTemplate jdbc;

  ItemQueries(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  record Item(long id, String number, String kind, String subject, String decision, String status, LocalDate dueDate,
      String processInstanceId, int currentRound, Instant closedAt, long meetingId, String meetingTitle, String meetingSession,
      LocalDate heldOn, List<String> leadUnits) {}

  record Round(long id, int number, String instruction, List<String> units, LocalDate dueDate, Instant startedAt,
      String ruling, String ruledBy, Instant ruledAt, List<Report> reports, List<Review> reviews) {}

  record Report(String unitId, String status, String progress, String suggestion, String reportedBy, Instant reportedAt) {}

  record Review(String consolidated, String recommendation, String note, List<String> returnTo, String returnReason,
      String reviewedBy, Instant reviewedAt) {}

  record Correction(String field, String before, String after, String correctedBy, Instant correctedAt) {}

  record Mail(String kind, String recipients, String subject, String status, Instant createdAt, Instant sentAt) {}

  /** The item when one of its rounds names a unit in scope. */
  Optional<Item> item(long id, List<String> units) {
    List<Object> args = new ArrayList<>();
    args.add(id);
    args.addAll(units);
    return jdbc.query("""
        select i.*, m.title, m.session_label, m.held_on from app_follow_up_item i join app_meeting m on m.id = i.meeting_id
        where i.id = ? and exists (select 1 from app_follow_up_round_unit r where r.item_id = i.id and r.unit_id in %s)"""
        .formatted(UnitSql.in(units)),
        (rs, n) -> new Item(rs.getLong("id"), rs.getString("item_number"), rs.getString("kind"), rs.getString("subject"),
            rs.getString("decision"), rs.getString("status"), rs.getDate("due_date").toLocalDate(), rs.getString("process_instance_id"),
            rs.getInt("current_round"), instant(rs, "closed_at"), rs.getLong("meeting_id"), rs.getString("title"),
            rs.getString("session_label"), rs.getDate("held_on").toLocalDate(), split(rs.getString("lead_units"))),
        args.toArray()).stream().findFirst();
  }

  List<Round> rounds(long itemId) {
    List<Round> rounds = jdbc.query("select * from app_follow_up_round where item_id = ? order by round_number",
        (rs, n) -> new Round(rs.getLong("id"), rs.getInt("round_number"), rs.getString("instruction"), split(rs.getString("lead_units")),
            rs.getDate("due_date").toLocalDate(), instant(rs, "started_at"), rs.getString("ruling"), rs.getString("ruled_by"),
            instant(rs, "ruled_at"), new ArrayList<>(), new ArrayList<>()), itemId);
    for (Round round : rounds) {
      round.reports().addAll(jdbc.query("select * from app_progress_report where round_id = ? order by reported_at, id",
          (rs, n) -> new Report(rs.getString("unit_id"), rs.getString("status"), rs.getString("progress"), rs.getString("suggestion"),
              rs.getString("reported_by"), instant(rs, "reported_at")), round.id()));
      round.reviews().addAll(jdbc.query("select * from app_secretariat_review where round_id = ? order by reviewed_at, id",
          (rs, n) -> new Review(rs.getString("consolidated"), rs.getString("recommendation"), rs.getString("note"),
              split(rs.getString("return_to")), rs.getString("return_reason"), rs.getString("reviewed_by"), instant(rs, "reviewed_at")),
          round.id()));
    }
    return rounds;
  }

  /** The corrections of the item (app_meeting_correction), oldest first. */
  List<Correction> corrections(long itemId) {
    return jdbc.query("""
        select field, before_value, after_value, corrected_by, corrected_at from app_meeting_correction where item_id = ?
        order by corrected_at, id""",
        (rs, n) -> new Correction(rs.getString("field"), rs.getString("before_value"), rs.getString("after_value"),
            rs.getString("corrected_by"), instant(rs, "corrected_at")), itemId);
  }

  /** The mails the application wrote for the item's process instance (reminders and notices), newest first. */
  List<Mail> mails(String processInstanceId) {
    if (processInstanceId == null) {
      return List.of();
    }
    return jdbc.query("""
        select kind, recipients, subject, status, created_at, sent_at from app_mail where process_instance_id = ?
        order by created_at desc, id desc""",
        (rs, n) -> new Mail(rs.getString("kind"), rs.getString("recipients"), rs.getString("subject"), rs.getString("status"),
            instant(rs, "created_at"), instant(rs, "sent_at")), processInstanceId);
  }

  static List<String> split(String joined) {
    return joined == null || joined.isBlank() ? List.of() : Arrays.asList(joined.split(","));
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    Timestamp timestamp = rs.getTimestamp(column);
    return timestamp == null ? null : timestamp.toInstant();
  }
}
