package tw.gov.securitymeeting.overview;

import java.sql.Date;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import tw.gov.securitymeeting.system.RocDates;

/**
 * The statistics' figures, aggregated in SQL over the unit rows (which carry their meeting's date, V17) of the meetings
 * held in the period, per unit in scope
 * ({@code key} = unit id) or per meeting ({@code key} = meeting id). A unit's round is one row of
 * app_follow_up_round given to the unit (a row of app_follow_up_round_unit); it counts for 按時辦結率 once its due date has passed or the unit
 * has reported, and is on time when the unit's first report came by the end of the due date (Taipei).
 */
@Repository
class StatisticsQueries {

  private final JdbcTemplate jdbc;

  StatisticsQueries(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  enum By {
    UNIT("u.unit_id", "u.unit_id"), MEETING("cast(u.meeting_id as varchar(20))", "u.meeting_id");

    final String key;
    final String group;

    By(String key, String group) {
      this.key = key;
      this.group = group;
    }
  }

  record Figures(String key, long assigned, long closed, long rounds, long roundsDue, long onTime, long overdueNow) {}

  record ClosedGroup(String key, LocalDate heldOn, LocalDate closedOn, long items) {}

  record OpenAt(long meetingId, String title, LocalDate heldOn, long registered) {}

  /** Hours to add to a stored timestamp (the JVM's local time) to read it as Taipei time. */
  static int taipeiShiftHours() {
    java.time.Instant now = java.time.Instant.now();
    int jvm = ZoneId.systemDefault().getRules().getOffset(now).getTotalSeconds();
    int taipei = RocDates.TAIPEI.getRules().getOffset(now).getTotalSeconds();
    return (taipei - jvm) / 3600;
  }

  private static String taipeiDate(String column) {
    return "cast(" + column + " + interval '" + taipeiShiftHours() + "' hour as date)";
  }

  List<Figures> figures(By by, List<String> units, LocalDate from, LocalDate to, LocalDate today) {
    List<Object> args = new ArrayList<>();
    args.add(Date.valueOf(today));
    args.add(Date.valueOf(from));
    args.add(Date.valueOf(to));
    args.addAll(units);
    // One row per unit-round, carrying its meeting's date, the item's status, the round's due date and the unit's first
    // report (V17): due once past its due date or reported, on time when the first report came by the end of the due
    // date (Taipei).
    String sql = """
        select %1$s as k, count(distinct u.item_id) as assigned,
          count(distinct case when u.item_status = 'CLOSED' then u.item_id end) as closed,
          count(distinct u.round_id) as rounds,
          sum(case when u.due_date < ? or u.first_report_at is not null then 1 else 0 end) as rounds_due,
          sum(case when %2$s <= u.due_date then 1 else 0 end) as on_time
        from app_follow_up_round_unit u
        where u.held_on between ? and ? and u.unit_id in %3$s
        group by %4$s""".formatted(by.key, taipeiDate("u.first_report_at"), UnitSql.in(units), by.group);
    List<Figures> rows = jdbc.query(sql, (rs, n) -> new Figures(rs.getString("k"), rs.getLong("assigned"), rs.getLong("closed"),
        rs.getLong("rounds"), rs.getLong("rounds_due"), rs.getLong("on_time"), 0), args.toArray());
    java.util.Map<String, Long> overdue = overdueNow(by, units, from, to, today);
    return rows.stream().map(f -> new Figures(f.key(), f.assigned(), f.closed(), f.rounds(), f.roundsDue(), f.onTime(),
        overdue.getOrDefault(f.key(), 0L))).toList();
  }

  /** Items of the period waiting past their due date at a unit in scope that still owes its report. */
  private java.util.Map<String, Long> overdueNow(By by, List<String> units, LocalDate from, LocalDate to, LocalDate today) {
    List<Object> args = new ArrayList<>();
    args.add(Date.valueOf(from));
    args.add(Date.valueOf(to));
    args.add(Date.valueOf(today));
    args.addAll(units);
    java.util.Map<String, Long> counts = new java.util.HashMap<>();
    jdbc.query("""
        select %s as k, count(distinct u.item_id) as n from app_follow_up_item_unit u
        where u.held_on between ? and ? and u.status = 'OPEN' and u.due_date < ? and u.owes_report and u.unit_id in %s
        group by %s""".formatted(by.key, UnitSql.in(units), by.group),
        rs -> {
          counts.put(rs.getString("k"), rs.getLong("n"));
        }, args.toArray());
    return counts;
  }

  /** Closed items grouped by (key, meeting day, closing day in Taipei): few groups, so working days are counted in Java. */
  List<ClosedGroup> closed(By by, List<String> units, LocalDate from, LocalDate to) {
    String closedOn = taipeiDate("u.closed_at");
    // Per unit: one row per (item, lead unit); per meeting: each item once however many of its lead units are in scope.
    List<Object> args = new ArrayList<>();
    args.add(Date.valueOf(from));
    args.add(Date.valueOf(to));
    args.addAll(units);
    return jdbc.query("""
        select k, held_on, closed_on, count(distinct item_id) as n from (
          select %1$s as k, u.item_id, u.held_on, %2$s as closed_on from app_follow_up_item_unit u
          where u.held_on between ? and ? and u.is_lead and u.unit_id in %3$s and u.status = 'CLOSED' and u.closed_at is not null) c
        group by k, held_on, closed_on""".formatted(by.key, closedOn, UnitSql.in(units)),
        (rs, n) -> new ClosedGroup(rs.getString("k"), rs.getDate("held_on").toLocalDate(), rs.getDate("closed_on").toLocalDate(),
            rs.getLong("n")), args.toArray());
  }

  record MeetingName(long id, String title, String session, LocalDate heldOn) {}

  List<MeetingName> meetingsIn(LocalDate from, LocalDate to) {
    return jdbc.query("select id, title, session_label, held_on from app_meeting where held_on between ? and ? order by held_on, id",
        (rs, n) -> new MeetingName(rs.getLong("id"), rs.getString("title"), rs.getString("session_label"), rs.getDate("held_on").toLocalDate()),
        Date.valueOf(from), Date.valueOf(to));
  }

  /** The series (會報名稱) of the latest meeting held by {@code to}, if any. */
  java.util.Optional<String> latestSeries(LocalDate to) {
    return jdbc.queryForList("select series from app_meeting where held_on <= ? order by held_on desc, id desc limit 1", String.class,
        Date.valueOf(to)).stream().filter(java.util.Objects::nonNull).findFirst();
  }

  /** The last meetings of the series up to {@code to}, oldest first. */
  List<MeetingName> lastMeetings(String series, LocalDate to, int count) {
    List<MeetingName> latest = new ArrayList<>(jdbc.query("""
        select id, title, session_label, held_on from app_meeting where series = ? and held_on <= ?
        order by held_on desc, id desc limit ?""",
        (rs, n) -> new MeetingName(rs.getLong("id"), rs.getString("title"), rs.getString("session_label"), rs.getDate("held_on").toLocalDate()),
        series, Date.valueOf(to), count));
    java.util.Collections.reverse(latest);
    return latest;
  }

  /**
   * Items of the series' meetings and the units in scope 列管中 on each given day: registered by then and not closed before its end. Only items
   * still open or closed after the first day (less one day for the time zone) can count, so only those are read.
   */
  List<Long> openOn(List<String> units, boolean everyUnit, String series, List<LocalDate> days) {
    List<Long> counts = new ArrayList<>();
    if (days.isEmpty()) {
      return counts;
    }
    StringBuilder columns = new StringBuilder();
    List<Object> args = new ArrayList<>();
    String closedOn = taipeiDate("i.closed_at");
    for (int d = 0; d < days.size(); d++) {
      columns.append(d == 0 ? "" : ", ").append("sum(case when m.held_on <= ? and (i.closed_at is null or ").append(closedOn)
          .append(" > ?) then 1 else 0 end) as d").append(d);
      args.add(Date.valueOf(days.get(d)));
      args.add(Date.valueOf(days.get(d)));
    }
    LocalDate first = days.stream().min(LocalDate::compareTo).orElseThrow();
    args.add(java.sql.Timestamp.valueOf(first.minusDays(1).atStartOfDay()));
    args.add(Date.valueOf(days.stream().max(LocalDate::compareTo).orElseThrow()));
    args.add(series);
    args.addAll(UnitSql.leadArgs(units, everyUnit));
    var row = jdbc.queryForMap("select " + columns + " from app_follow_up_item i join app_meeting m on m.id = i.meeting_id"
        + " where (i.closed_at is null or i.closed_at >= ?) and m.held_on <= ? and m.series = ? and "
        + UnitSql.leadOf("i.id", units, everyUnit),
        args.toArray());
    for (int d = 0; d < days.size(); d++) {
      Object value = row.containsKey("d" + d) ? row.get("d" + d) : row.get("D" + d);
      counts.add(value == null ? 0 : ((Number) value).longValue());
    }
    return counts;
  }
}
