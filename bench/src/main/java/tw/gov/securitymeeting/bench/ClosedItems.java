package tw.gov.securitymeeting.bench;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * Closed items written straight into the application's tables, the rows a real closed item leaves
 * (FollowUpRepository: meeting, item CLOSED with its process instance id, one round per ruling, each unit's
 * 「填報辦理情形」 task answered and its report, the secretariat's review with the joined progress, the chair's
 * ruling), in meetings of 10 items held over the past ten years. Of the items, 10 % went through 3 rounds and
 * 20 % through 2 (continued by the chair, then closed). No engine rows: the calls measured read the application's
 * tables and the engine's runtime tables, never the history of these closed instances.
 */
final class ClosedItems {

  static final String TITLE = "規模會報 已結案 ";

  private final DataSource database;

  ClosedItems(DataSource database) {
    this.database = database;
  }

  /** Meetings from (inclusive) to (exclusive), 10 closed items each; returns the items written. */
  int insert(int from, int to) throws SQLException {
    if (to <= from) {
      return 0;
    }
    try (Connection c = database.getConnection(); Statement s = c.createStatement()) {
      c.setAutoCommit(false);
      long lastItem = max(s, "app_follow_up_item");
      long lastRound = max(s, "app_follow_up_round");
      long lastMeeting = max(s, "app_meeting");
      s.executeUpdate("""
          insert into app_meeting (series, title, held_on, next_meeting_on, registered_by, registered_at)
          select '%1$s' || g, '%1$s' || g, d, d + 90, 'ethics-clerk', d + time '10:00'
          from (select g, current_date - 100 - (g %% 3650) d from generate_series(%2$d, %3$d) g) x"""
          .formatted(TITLE, from, to - 1));
      s.executeUpdate("""
          insert into app_follow_up_item (meeting_id, position, item_number, kind, subject, decision, all_units, lead_units,
            units_to_report, due_date, business_key, process_instance_id, status, current_round, closed_at, co_units)
          select m.id, p - 1, p::text, 'RESOLUTION', '量測案由 ' || p, '請建設處及教育處辦理', false, 'construction,education',
            'construction,education', m.held_on + 30 * r.n, m.id || '-' || p, gen_random_uuid()::text, 'CLOSED', r.n,
            (m.held_on + 30 * r.n + 5) + time '15:00', ''
          from app_meeting m cross join generate_series(1, 10) p
          cross join lateral (select case (m.id * 10 + p) %% 10 when 0 then 3 when 1 then 2 when 2 then 2 else 1 end n) r
          where m.id > %d""".formatted(lastMeeting));
      s.executeUpdate("""
          insert into app_follow_up_round (item_id, round_number, instruction, lead_units, due_date, started_at, ruling, ruled_by, ruled_at)
          select i.id, r, case when r = 1 then i.decision else '請持續辦理並於下次會報報告（第' || r || '次）' end, i.lead_units,
            m.held_on + 30 * r, (m.held_on + 30 * (r - 1)) + time '10:30',
            case when r < i.current_round then 'continue' else 'close' end, 'chair', (m.held_on + 30 * r + 5) + time '15:00'
          from app_follow_up_item i join app_meeting m on m.id = i.meeting_id cross join generate_series(1, 3) r
          where i.id > %d and r <= i.current_round""".formatted(lastItem));
      s.executeUpdate("""
          insert into app_report_task (task_id, round_id, unit_id, reported_at)
          select gen_random_uuid()::text, r.id, u.unit, r.due_date - 3 + time '09:00'
          from app_follow_up_round r cross join (values ('construction'), ('education')) u(unit) where r.id > %d"""
          .formatted(lastRound));
      s.executeUpdate("""
          insert into app_progress_report (round_id, unit_id, status, progress, suggestion, reported_by, reported_at)
          select r.id, u.unit, case when r.ruling = 'close' then 'DONE' else 'IN_PROGRESS' end, u.name || '已辦理：' || r.instruction,
            case when r.ruling = 'close' then 'close' else 'continue' end, u.clerk, r.due_date - 3 + time '09:00'
          from app_follow_up_round r cross join (values ('construction', '建設處', 'construction-clerk'),
            ('education', '教育處', 'education-clerk')) u(unit, name, clerk)
          where r.id > %d""".formatted(lastRound));
      s.executeUpdate("""
          insert into app_secretariat_review (round_id, consolidated, recommendation, note, reviewed_by, reviewed_at)
          select r.id, '建設處：建設處已辦理：' || r.instruction || chr(10) || '教育處：教育處已辦理：' || r.instruction, r.ruling,
            '均已辦理', 'ethics-clerk', r.due_date - 1 + time '14:00'
          from app_follow_up_round r where r.id > %d""".formatted(lastRound));
      c.commit();
      s.execute("analyze");
    }
    return (to - from) * 10;
  }

  private static long max(Statement s, String table) throws SQLException {
    try (var rs = s.executeQuery("select coalesce(max(id), 0) from " + table)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
