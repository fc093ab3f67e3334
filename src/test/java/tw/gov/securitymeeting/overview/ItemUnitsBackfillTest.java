package tw.gov.securitymeeting.overview;

import static org.assertj.core.api.Assertions.assertThat;

import db.migration.V16__follow_up_item_units_backfill;
import java.sql.Connection;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.api.migration.Context;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tw.gov.securitymeeting.ApplicationTest;

/**
 * The V16 back-fill on a database with items written the V1–V14 way (comma-joined units only): an item waiting for two
 * lead units and a 協辦單位 of which one reported, a continued item in its second round with another unit, an item sent
 * back to one unit after both reported. Run twice, it adds nothing.
 */
@ApplicationTest
class ItemUnitsBackfillTest {

  @Autowired JdbcTemplate jdbc;
  @Autowired DataSource dataSource;

  @Test
  void shouldFillTheUnitRowsOfOldItems() throws Exception {
    String title = "回填測試 " + UUID.randomUUID();
    long meeting = insert("insert into app_meeting (series, title, held_on, registered_at) values (?, ?, ?, ?)",
        title, title, LocalDate.of(2016, 10, 19), at(1));
    long waiting = item(meeting, "一", "planning,education", "administration", "planning,education,administration", "OPEN", 1);
    long r1 = round(waiting, 1, "planning,education", at(1));
    report(r1, "planning", at(2));

    long continued = item(meeting, "二", "construction", null, "construction", "OPEN", 2);
    long c1 = round(continued, 1, "education", at(1));
    report(c1, "education", at(2));
    round(continued, 2, "construction", at(3));
    report(c1, "construction", at(4)); // a report of the earlier round does not count for the current one

    long returned = item(meeting, "三", "planning,education", null, "education", "OPEN", 1);
    long t1 = round(returned, 1, "planning,education", at(1));
    report(t1, "planning", at(2));
    report(t1, "education", at(2));
    jdbc.update("insert into app_secretariat_review (round_id, return_to, return_reason, reviewed_by, reviewed_at) values (?, ?, ?, ?, ?)",
        t1, "education", "請補充", "ethics-clerk", at(3));

    assertThat(units(waiting)).isEmpty();
    migrate();

    assertThat(units(waiting)).containsExactly("administration co owes", "education lead owes", "planning lead");
    assertThat(roundUnits(r1)).containsExactly("education", "planning");
    assertThat(units(continued)).containsExactly("construction lead owes");
    assertThat(roundUnits(c1)).containsExactly("education");
    assertThat(units(returned)).containsExactly("education lead owes", "planning lead");

    migrate();
    assertThat(jdbc.queryForObject("select count(*) from app_follow_up_item_unit where item_id in (?, ?, ?)", Integer.class,
        waiting, continued, returned)).isEqualTo(6);
    assertThat(jdbc.queryForObject("select count(*) from app_follow_up_round_unit where item_id in (?, ?, ?)", Integer.class,
        waiting, continued, returned)).isEqualTo(6);
  }

  private void migrate() throws Exception {
    try (Connection connection = dataSource.getConnection()) {
      new V16__follow_up_item_units_backfill().migrate(new Context() {
        @Override
        public Configuration getConfiguration() {
          return null;
        }

        @Override
        public Connection getConnection() {
          return connection;
        }
      });
    }
  }

  private List<String> units(long itemId) {
    return jdbc.query("select * from app_follow_up_item_unit where item_id = ? order by unit_id",
        (rs, n) -> rs.getString("unit_id") + (rs.getBoolean("is_lead") ? " lead" : "") + (rs.getBoolean("is_co") ? " co" : "")
            + (rs.getBoolean("owes_report") ? " owes" : ""), itemId);
  }

  private List<String> roundUnits(long roundId) {
    return jdbc.queryForList("select unit_id from app_follow_up_round_unit where round_id = ? order by unit_id", String.class, roundId);
  }

  private long item(long meeting, String number, String lead, String co, String reporting, String status, int round) {
    return insert("""
        insert into app_follow_up_item (meeting_id, position, item_number, kind, subject, all_units, lead_units, co_units, units_to_report,
          due_date, business_key, status, current_round) values (?, 0, ?, 'RESOLUTION', '回填', false, ?, ?, ?, ?, ?, ?, ?)""",
        meeting, number, lead, co, reporting, LocalDate.of(2016, 12, 30), meeting + "-" + number, status, round);
  }

  private long round(long item, int number, String units, Timestamp started) {
    return insert("insert into app_follow_up_round (item_id, round_number, instruction, lead_units, due_date, started_at) values (?, ?, ?, ?, ?, ?)",
        item, number, "請辦理", units, LocalDate.of(2016, 12, 30), started);
  }

  private void report(long round, String unit, Timestamp at) {
    insert("""
        insert into app_progress_report (round_id, unit_id, status, progress, suggestion, reported_by, reported_at)
        values (?, ?, 'DONE', '已辦理', 'close', ?, ?)""", round, unit, unit + "-clerk", at);
  }

  private static Timestamp at(int day) {
    return Timestamp.valueOf(LocalDate.of(2016, 10, 19).plusDays(day).atTime(10, 0));
  }

  private long insert(String sql, Object... args) {
    return OverviewFixture.insert(jdbc, sql, args);
  }
}
