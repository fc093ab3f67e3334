package tw.gov.securitymeeting.overview;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;
import db.migration.V16__follow_up_item_units_backfill;
import db.migration.V18__follow_up_unit_figures_backfill;
import db.migration.V22__follow_up_closed_tally_backfill;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import tw.gov.securitymeeting.system.RocDates;

/**
 * The hand-computed fixture: one meeting on Wednesday 2026-12-30, four items of 綜合規劃處 (planning) and 教育處
 * (education), written straight into the follow-up's tables; "today" is 2027-01-20 (see the test's clock).
 *
 * <pre>
 * item 1  planning+education  CLOSED 2027-01-04 (Mon; 2027-01-01 is a holiday, then a weekend: 2 working days)
 *         round 1 due 2026-12-31: planning reported 2026-12-31 20:00 Taipei (on time), education 2027-01-01 01:00 (late)
 * item 2  planning            CLOSED 2027-01-11 (7 working days), two rounds, both reported on time
 * item 3  education           OPEN, due 2026-12-31, no report: overdue at education
 * item 4  planning            AWAITING_CHAIR, reported on time: waits for the chair, not planning's overdue item
 *
 * planning:  assigned 3, closed 2, on time 4/4 = 100.0%, working days (2+7)/2 = 4.5, rounds 4/3 = 1.33, overdue 0
 * education: assigned 2, closed 1, on time 0/2 = 0.0%,   working days 2/1 = 2.0,      rounds 2/2 = 1.00, overdue 1
 * meeting:   assigned 4, closed 2, on time 4/6 = 66.7%,  working days 4.5,            rounds 5/4 = 1.25, overdue 1
 * </pre>
 */
final class OverviewFixture {

  static final LocalDate TODAY = LocalDate.of(2027, 1, 20);
  static final LocalDate HELD_ON = LocalDate.of(2026, 12, 30);

  final String title = "統計測試會報 " + UUID.randomUUID();
  long meetingId;
  long item1;
  long item2;
  long item3;
  long item4;

  private final JdbcTemplate jdbc;

  OverviewFixture(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  OverviewFixture load() {
    meetingId = insert("insert into app_meeting (series, title, held_on, next_meeting_on, registered_by, registered_at) values (?, ?, ?, ?, ?, ?)",
        title, title, HELD_ON, LocalDate.of(2027, 3, 31), "ethics-clerk", at(2026, 12, 30, 9));
    LocalDate due = LocalDate.of(2026, 12, 31);
    item1 = item("一", "planning,education", due, "CLOSED", 1, at(2027, 1, 4, 10));
    long r11 = round(item1, 1, "planning,education", due);
    report(r11, "planning", at(2026, 12, 31, 20));
    report(r11, "education", at(2027, 1, 1, 1));

    item2 = item("二", "planning", LocalDate.of(2027, 1, 8), "CLOSED", 2, at(2027, 1, 11, 10));
    long r21 = round(item2, 1, "planning", due);
    report(r21, "planning", at(2026, 12, 31, 9));
    long r22 = round(item2, 2, "planning", LocalDate.of(2027, 1, 8));
    report(r22, "planning", at(2027, 1, 5, 9));

    item3 = item("三", "education", due, "OPEN", 1, null);
    round(item3, 1, "education", due);

    item4 = item("四", "planning", due, "AWAITING_CHAIR", 1, null);
    long r41 = round(item4, 1, "planning", due);
    report(r41, "planning", at(2026, 12, 30, 15));
    // Written the V1–V14 way (comma-joined units only): the V16 back-fill adds the unit rows the pages read, the V18
    // back-fill their figure columns (V17), the V22 back-fill the closed items' counters (V21).
    jdbc.execute((ConnectionCallback<Void>) connection -> {
      V16__follow_up_item_units_backfill.backfill(connection);
      V18__follow_up_unit_figures_backfill.backfill(connection);
      // The closed items' counters (V21) as the V22 back-fill writes them, for this fixture's meeting only.
      V22__follow_up_closed_tally_backfill.add(connection, " and i.meeting_id = ?", java.util.List.of(meetingId));
      return null;
    });
    return this;
  }

  static Timestamp at(int year, int month, int day, int hour) {
    return Timestamp.from(LocalDateTime.of(year, month, day, hour, 0).atZone(RocDates.TAIPEI).toInstant());
  }

  private long item(String number, String units, LocalDate due, String status, int currentRound, Timestamp closedAt) {
    return insert("""
        insert into app_follow_up_item (meeting_id, position, item_number, kind, subject, decision, all_units, lead_units, units_to_report,
          due_date, business_key, status, current_round, closed_at) values (?, ?, ?, 'RESOLUTION', ?, ?, false, ?, ?, ?, ?, ?, ?, ?)""",
        meetingId, currentRound, number, "統計測試事項" + number + " " + title, "請辦理", units, units, due, meetingId + "-" + number, status,
        currentRound, closedAt);
  }

  private long round(long itemId, int number, String units, LocalDate due) {
    return insert("insert into app_follow_up_round (item_id, round_number, instruction, lead_units, due_date, started_at) values (?, ?, ?, ?, ?, ?)",
        itemId, number, "請辦理", units, due, at(2026, 12, 30, 12));
  }

  private void report(long roundId, String unit, Timestamp at) {
    insert("""
        insert into app_progress_report (round_id, unit_id, status, progress, suggestion, reported_by, reported_at)
        values (?, ?, 'DONE', '已辦理', 'close', ?, ?)""", roundId, unit, unit + "-clerk", at);
  }

  private long insert(String sql, Object... args) {
    return insert(jdbc, sql, args);
  }

  /** Inserts one row the way the follow-up wrote it before V15 and returns its generated id. */
  static long insert(JdbcTemplate jdbc, String sql, Object... args) {
    GeneratedKeyHolder keys = new GeneratedKeyHolder();
    jdbc.update(connection -> {
      var statement = connection.prepareStatement(sql, new String[] {"id"});
      for (int i = 0; i < args.length; i++) {
        statement.setObject(i + 1, args[i]);
      }
      return statement;
    }, keys);
    return keys.getKey().longValue();
  }
}
