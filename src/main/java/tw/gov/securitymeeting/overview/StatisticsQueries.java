package tw.gov.securitymeeting.overview;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import db.migration.V22__follow_up_closed_tally_backfill;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

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

  enum By { UNIT, MEETING }

  record Figures(String key, long assigned, long closed, long rounds, long roundsDue, long onTime, long overdueNow) {}

  record ClosedGroup(String key, LocalDate heldOn, LocalDate closedOn, long items) {}

  record OpenAt(long meetingId, String title, LocalDate heldOn, long registered) {}

  /** A stored timestamp (the JVM's local time) as its day in Taipei, as the closed items' counters read it. */
  private static String taipeiDate(String column) {
    return V22__follow_up_closed_tally_backfill.taipeiDate(column);
  }

  /** The figures per unit and per meeting, and the closed items grouped for 平均辦結工作天. */
  record Tables(Map<By, List<Figures>> figures, Map<By, List<ClosedGroup>> closed) {}

  /**
   * One key's running figures: items, closed items, rounds and overdue items as sets (the rows read one by one) plus
   * counted items, closed items and rounds (the closed items' counters, V21); unit-rounds due and on time.
   */
  private static final class Tally {
    final Set<Long> items = new HashSet<>();
    final Set<Long> closed = new HashSet<>();
    final Set<Long> rounds = new HashSet<>();
    final Set<Long> overdue = new HashSet<>();
    long countedItems;
    long countedRounds;
    long due;
    long onTime;

    Figures figures(String key) {
      return new Figures(key, items.size() + countedItems, closed.size() + countedItems, rounds.size() + countedRounds, due, onTime,
          overdue.size());
    }
  }

  /**
   * The statistics of the meetings held in the period for the units in scope. For every unit, or one, the closed items
   * come from their counters (V21: a few rows per meeting) and only the open items' unit rows are read; for another set
   * of units (a meeting's item counts once however many of them it names) every unit row of the period is read.
   */
  Tables tables(List<String> units, boolean everyUnit, LocalDate from, LocalDate to, LocalDate today) {
    if (everyUnit || units.size() == 1) {
      Map<By, Map<String, Tally>> tallies = tallies();
      Map<By, Map<List<Object>, Long>> groups = groups();
      counted(units, everyUnit, from, to, tallies, groups);
      unitRounds(units, from, to, today, " and u.item_status in " + UnitSql.NOT_CLOSED, tallies);
      overdue(units, from, to, today, tallies);
      return new Tables(figures(tallies), closedGroups(groups));
    }
    return new Tables(figures(units, from, to, today), closed(units, from, to));
  }

  private static Map<By, Map<String, Tally>> tallies() {
    Map<By, Map<String, Tally>> tallies = new EnumMap<>(By.class);
    for (By by : By.values()) {
      tallies.put(by, new LinkedHashMap<>());
    }
    return tallies;
  }

  private static Map<By, Map<List<Object>, Long>> groups() {
    Map<By, Map<List<Object>, Long>> groups = new EnumMap<>(By.class);
    for (By by : By.values()) {
      groups.put(by, new LinkedHashMap<>());
    }
    return groups;
  }

  /** The closed items' counters of the period's meetings: per unit in scope, and per meeting ('*', or the one unit's). */
  private void counted(List<String> units, boolean everyUnit, LocalDate from, LocalDate to, Map<By, Map<String, Tally>> tallies,
      Map<By, Map<List<Object>, Long>> groups) {
    // The meeting as a whole is the '*' row for every unit, the unit's own row for one unit.
    String meetingRows = everyUnit ? V22__follow_up_closed_tally_backfill.EVERY_UNIT : units.get(0);
    List<String> rowUnits = new ArrayList<>(units);
    if (everyUnit) {
      rowUnits.add(meetingRows);
    }
    List<Object> args = new ArrayList<>();
    args.add(Date.valueOf(from));
    args.add(Date.valueOf(to));
    args.addAll(rowUnits);
    jdbc.query("""
        select t.meeting_id, t.unit_id, t.closed_on, m.held_on, t.items, t.lead_items, t.rounds, t.rounds_due, t.on_time
        from app_meeting m join app_follow_up_closed_tally t on t.meeting_id = m.id
        where m.held_on between ? and ? and t.unit_id in %s""".formatted(UnitSql.in(rowUnits)),
        rs -> {
          String unit = rs.getString("unit_id");
          List<By> bys = new ArrayList<>(2);
          List<String> keys = new ArrayList<>(2);
          if (!V22__follow_up_closed_tally_backfill.EVERY_UNIT.equals(unit)) {
            bys.add(By.UNIT);
            keys.add(unit);
          }
          if (meetingRows.equals(unit)) {
            bys.add(By.MEETING);
            keys.add(String.valueOf(rs.getLong("meeting_id")));
          }
          for (int i = 0; i < bys.size(); i++) {
            Tally tally = tally(tallies, bys.get(i), keys.get(i));
            tally.countedItems += rs.getLong("items");
            tally.countedRounds += rs.getLong("rounds");
            tally.due += rs.getLong("rounds_due");
            tally.onTime += rs.getLong("on_time");
            long leads = rs.getLong("lead_items");
            if (leads > 0) {
              groups.get(bys.get(i)).merge(List.of(keys.get(i), rs.getDate("held_on").toLocalDate(), rs.getDate("closed_on").toLocalDate()),
                  leads, Long::sum);
            }
          }
        }, args.toArray());
  }

  private static Map<By, List<ClosedGroup>> closedGroups(Map<By, Map<List<Object>, Long>> groups) {
    Map<By, List<ClosedGroup>> closed = new EnumMap<>(By.class);
    groups.forEach((by, byGroup) -> closed.put(by, byGroup.entrySet().stream()
        .map(e -> new ClosedGroup((String) e.getKey().get(0), (LocalDate) e.getKey().get(1), (LocalDate) e.getKey().get(2), e.getValue()))
        .toList()));
    return closed;
  }

  private static Map<By, List<Figures>> figures(Map<By, Map<String, Tally>> tallies) {
    Map<By, List<Figures>> figures = new EnumMap<>(By.class);
    tallies.forEach((by, byKey) -> figures.put(by, byKey.entrySet().stream()
        .map(e -> e.getValue().figures(e.getKey()))
        .filter(f -> f.assigned() > 0)
        .toList()));
    return figures;
  }

  /**
   * The figures per unit in scope and per meeting of the period, read in one pass over the unit-rounds of the period's
   * meetings and one over their items' unit rows (both carry their meeting's date, V17), summed here. A unit-round is
   * due once its item is closed, its due date has passed or the unit has reported, on time when the unit's first report
   * came by the end of the due date (Taipei); an item is overdue now when it waits past its due date at a unit in scope
   * that still owes its report.
   */
  Map<By, List<Figures>> figures(List<String> units, LocalDate from, LocalDate to, LocalDate today) {
    Map<By, Map<String, Tally>> tallies = tallies();
    unitRounds(units, from, to, today, "", tallies);
    overdue(units, from, to, today, tallies);
    return figures(tallies);
  }

  private void unitRounds(List<String> units, LocalDate from, LocalDate to, LocalDate today, String condition,
      Map<By, Map<String, Tally>> tallies) {
    List<Object> args = new ArrayList<>();
    args.add(Date.valueOf(today));
    args.add(Date.valueOf(from));
    args.add(Date.valueOf(to));
    args.addAll(units);
    jdbc.query("""
        select u.unit_id, u.meeting_id, u.item_id, u.round_id, u.item_status,
          case when u.item_status = 'CLOSED' or u.due_date < ? or u.first_report_at is not null then 1 else 0 end as due,
          case when %s <= u.due_date then 1 else 0 end as on_time
        from app_follow_up_round_unit u where u.held_on between ? and ? and u.unit_id in %s%s"""
        .formatted(taipeiDate("u.first_report_at"), UnitSql.in(units), condition),
        rs -> {
          long item = rs.getLong("item_id");
          boolean closed = "CLOSED".equals(rs.getString("item_status"));
          for (Tally tally : List.of(tally(tallies, By.UNIT, rs.getString("unit_id")),
              tally(tallies, By.MEETING, String.valueOf(rs.getLong("meeting_id"))))) {
            tally.items.add(item);
            if (closed) {
              tally.closed.add(item);
            }
            tally.rounds.add(rs.getLong("round_id"));
            tally.due += rs.getInt("due");
            tally.onTime += rs.getInt("on_time");
          }
        }, args.toArray());
  }

  private void overdue(List<String> units, LocalDate from, LocalDate to, LocalDate today, Map<By, Map<String, Tally>> tallies) {
    List<Object> overdueArgs = new ArrayList<>();
    overdueArgs.add(Date.valueOf(from));
    overdueArgs.add(Date.valueOf(to));
    overdueArgs.add(Date.valueOf(today));
    overdueArgs.addAll(units);
    jdbc.query("""
        select u.unit_id, u.meeting_id, u.item_id from app_follow_up_item_unit u
        where u.held_on between ? and ? and u.status = 'OPEN' and u.due_date < ? and u.owes_report and u.unit_id in %s"""
        .formatted(UnitSql.in(units)),
        rs -> {
          long item = rs.getLong("item_id");
          tally(tallies, By.UNIT, rs.getString("unit_id")).overdue.add(item);
          tally(tallies, By.MEETING, String.valueOf(rs.getLong("meeting_id"))).overdue.add(item);
        }, overdueArgs.toArray());
  }

  private static Tally tally(Map<By, Map<String, Tally>> tallies, By by, String key) {
    return tallies.get(by).computeIfAbsent(key, k -> new Tally());
  }

  /**
   * Closed items of the period's meetings grouped by (key, meeting day, closing day in Taipei), per unit (one per item
   * and lead unit in scope) and per meeting (each item once however many of its lead units are in scope), from one pass
   * over the unit rows: few groups, so working days are counted in Java.
   */
  Map<By, List<ClosedGroup>> closed(List<String> units, LocalDate from, LocalDate to) {
    Map<By, Map<List<Object>, Set<Long>>> groups = new EnumMap<>(By.class);
    for (By by : By.values()) {
      groups.put(by, new LinkedHashMap<>());
    }
    List<Object> args = new ArrayList<>();
    args.add(Date.valueOf(from));
    args.add(Date.valueOf(to));
    args.addAll(units);
    jdbc.query("""
        select u.unit_id, u.meeting_id, u.item_id, u.held_on, %s as closed_on from app_follow_up_item_unit u
        where u.held_on between ? and ? and u.is_lead and u.unit_id in %s and u.status = 'CLOSED' and u.closed_at is not null"""
        .formatted(taipeiDate("u.closed_at"), UnitSql.in(units)),
        rs -> {
          LocalDate heldOn = rs.getDate("held_on").toLocalDate();
          LocalDate closedOn = rs.getDate("closed_on").toLocalDate();
          long item = rs.getLong("item_id");
          groups.get(By.UNIT).computeIfAbsent(List.of(rs.getString("unit_id"), heldOn, closedOn), k -> new HashSet<>()).add(item);
          groups.get(By.MEETING).computeIfAbsent(List.of(String.valueOf(rs.getLong("meeting_id")), heldOn, closedOn), k -> new HashSet<>())
              .add(item);
        }, args.toArray());
    Map<By, List<ClosedGroup>> closed = new EnumMap<>(By.class);
    groups.forEach((by, byGroup) -> closed.put(by, byGroup.entrySet().stream()
        .map(e -> new ClosedGroup((String) e.getKey().get(0), (LocalDate) e.getKey().get(1), (LocalDate) e.getKey().get(2),
            e.getValue().size()))
        .toList()));
    return closed;
  }

  record MeetingName(long id, String title, String session, LocalDate heldOn) {}

  List<MeetingName> meetingsIn(LocalDate from, LocalDate to) {
    return jdbc.query("select id, title, session_label, held_on from app_meeting where held_on between ? and ? order by held_on, id",
        (rs, n) -> new MeetingName(rs.getLong("id"), rs.getString("title"), rs.getString("session_label"), rs.getDate("held_on").toLocalDate()),
        Date.valueOf(from), Date.valueOf(to));
  }

  /** The series (會報名稱) with a meeting held in the period, the one with the latest meeting first. */
  List<String> seriesIn(LocalDate from, LocalDate to, int count) {
    return jdbc.queryForList("""
        select series from app_meeting where held_on between ? and ? and series is not null
        group by series order by max(held_on) desc, series limit ?""", String.class, Date.valueOf(from), Date.valueOf(to), count);
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
   * still open or closed after the first day (less one day for the time zone) can count, so only those are read, and
   * they are counted per meeting (and closing day) before they meet their meetings: a few thousand groups joined
   * instead of every open item (at 100,000 items: 10,226 open ones in a parallel hash join, 17 ms).
   */
  List<Long> openOn(List<String> units, boolean everyUnit, String series, List<LocalDate> days) {
    List<Long> counts = new ArrayList<>();
    if (days.isEmpty()) {
      return counts;
    }
    StringBuilder columns = new StringBuilder();
    List<Object> args = new ArrayList<>();
    for (int d = 0; d < days.size(); d++) {
      columns.append(d == 0 ? "" : ", ").append("sum(case when m.held_on <= ? and (i.closed_on is null or i.closed_on > ?) then i.items else 0 end) as d")
          .append(d);
      args.add(Date.valueOf(days.get(d)));
      args.add(Date.valueOf(days.get(d)));
    }
    LocalDate first = days.stream().min(LocalDate::compareTo).orElseThrow();
    String closedOn = taipeiDate("i.closed_at");
    // Still open, or closed after the first day: two disjoint index ranges on (closed_at, meeting_id, id), read from the
    // index alone, instead of an "or" that reads every such item's row.
    args.addAll(UnitSql.leadArgs(units, everyUnit));
    args.add(java.sql.Timestamp.valueOf(first.minusDays(1).atStartOfDay()));
    args.addAll(UnitSql.leadArgs(units, everyUnit));
    args.add(Date.valueOf(days.stream().max(LocalDate::compareTo).orElseThrow()));
    args.add(series);
    String lead = UnitSql.leadOf("i.id", units, everyUnit);
    var row = jdbc.queryForMap("select " + columns + " from (select i.meeting_id, cast(null as date) as closed_on, count(*) as items"
        + " from app_follow_up_item i where i.closed_at is null and " + lead + " group by i.meeting_id"
        + " union all select i.meeting_id, " + closedOn + " as closed_on, count(*) as items from app_follow_up_item i"
        + " where i.closed_at >= ? and " + lead + " group by i.meeting_id, " + closedOn + ") i"
        + " join app_meeting m on m.id = i.meeting_id where m.held_on <= ? and m.series = ?",
        args.toArray());
    for (int d = 0; d < days.size(); d++) {
      Object value = row.containsKey("d" + d) ? row.get("d" + d) : row.get("D" + d);
      counts.add(value == null ? 0 : ((Number) value).longValue());
    }
    return counts;
  }
}
