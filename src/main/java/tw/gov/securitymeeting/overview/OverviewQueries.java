package tw.gov.securitymeeting.overview;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import tw.gov.securitymeeting.system.RocDates;

/**
 * The overview's figures from the follow-up's tables (read only, aggregated in SQL). An item waits at a unit when its
 * status is OPEN and the unit is in units_to_report without a report in the current round since the round started or
 * was last sent back; it waits at the secretariat (AWAITING_SECRETARIAT) or the chair (AWAITING_CHAIR) otherwise.
 */
@Repository
class OverviewQueries {

  static final String OPEN = "'OPEN'";
  static final String CLOSED = "'CLOSED'";

  /** Units in {@code u} that still owe the current round {@code r} of item {@code i} their report. */
  static final String PENDING = """
      i.status = 'OPEN' and %s
      and not exists (select 1 from app_progress_report p where p.round_id = r.id and p.unit_id = u.unit_id
        and p.reported_at >= coalesce((select max(s.reviewed_at) from app_secretariat_review s where s.round_id = r.id), r.started_at))"""
      .formatted(UnitSql.names("i.units_to_report"));

  private final JdbcTemplate jdbc;

  OverviewQueries(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  record Counts(long open, long dueThisWeek, long overdue, long overdueAtUnits, long closedThisMonth) {}

  record UnitLine(String unitId, long open, long overdue, LocalDate oldestDue) {}

  record MeetingLine(long id, String title, LocalDate heldOn, long items, long open, long overdue) {}

  record OverdueItem(long id, String number, String subject, long meetingId, String meetingTitle, LocalDate dueDate,
      String status, List<String> pendingUnits) {}

  /** Every unit in scope needs no unit filter (the chair, the secretariat, admins). */
  static String filter(String column, List<String> units, boolean everyUnit) {
    return everyUnit ? "1 = 1" : UnitSql.namesAny(column, units.size());
  }

  static List<String> filterArgs(List<String> units, boolean everyUnit) {
    return everyUnit ? List.of() : UnitSql.patterns(units);
  }

  Counts counts(List<String> units, boolean everyUnit, long overdueAtUnits, LocalDate today) {
    LocalDate monday = today.minusDays(today.getDayOfWeek().getValue() - 1L);
    LocalDate firstOfMonth = today.withDayOfMonth(1);
    List<Object> args = new ArrayList<>();
    args.add(Date.valueOf(monday));
    args.add(Date.valueOf(monday.plusDays(6)));
    args.add(Date.valueOf(today));
    args.add(Timestamp.from(firstOfMonth.atStartOfDay(RocDates.TAIPEI).toInstant()));
    args.addAll(filterArgs(units, everyUnit));
    Map<String, Object> row = jdbc.queryForMap("""
        select
          coalesce(sum(case when i.status <> 'CLOSED' then 1 else 0 end), 0) as open_items,
          coalesce(sum(case when i.status <> 'CLOSED' and i.due_date between ? and ? then 1 else 0 end), 0) as due_week,
          coalesce(sum(case when i.status <> 'CLOSED' and i.due_date < ? then 1 else 0 end), 0) as overdue,
          coalesce(sum(case when i.status = 'CLOSED' and i.closed_at >= ? then 1 else 0 end), 0) as closed_month
        from app_follow_up_item i where (i.status <> 'CLOSED' or i.closed_at is not null) and %s"""
        .formatted(filter("i.lead_units", units, everyUnit)), args.toArray());
    return new Counts(number(row, "open_items"), number(row, "due_week"), number(row, "overdue"), overdueAtUnits, number(row, "closed_month"));
  }

  /** Per unit in scope (in order) and the number of distinct items that wait at a unit past their due date. */
  record Units(List<UnitLine> lines, long overdueItems) {}

  /** Per unit: items 列管中 naming the unit, items waiting at the unit past their due date, the oldest such due date. */
  Units units(List<String> units, LocalDate today) {
    List<Object> args = new ArrayList<>(units);
    Map<String, Long> open = new LinkedHashMap<>();
    jdbc.query("""
        select u.unit_id, count(*) as n from app_follow_up_item i join %s on %s
        where i.status <> 'CLOSED' group by u.unit_id""".formatted(UnitSql.unitTable(units), UnitSql.names("i.lead_units")),
        rs -> {
          open.put(rs.getString("unit_id"), rs.getLong("n"));
        }, args.toArray());
    Map<String, UnitLine> overdue = new LinkedHashMap<>();
    java.util.Set<Long> lateItems = new java.util.HashSet<>();
    args.add(Date.valueOf(today));
    jdbc.query("""
        select u.unit_id, i.id, i.due_date from app_follow_up_item i
        join app_follow_up_round r on r.item_id = i.id and r.round_number = i.current_round
        join %s on 1 = 1
        where i.due_date < ? and %s""".formatted(UnitSql.unitTable(units), PENDING),
        rs -> {
          String unit = rs.getString("unit_id");
          LocalDate due = rs.getDate("due_date").toLocalDate();
          lateItems.add(rs.getLong("id"));
          UnitLine line = overdue.get(unit);
          overdue.put(unit, new UnitLine(unit, 0, line == null ? 1 : line.overdue() + 1,
              line == null || due.isBefore(line.oldestDue()) ? due : line.oldestDue()));
        }, args.toArray());
    return new Units(units.stream().map(unit -> {
      UnitLine late = overdue.get(unit);
      return new UnitLine(unit, open.getOrDefault(unit, 0L), late == null ? 0 : late.overdue(), late == null ? null : late.oldestDue());
    }).toList(), lateItems.size());
  }

  /** The latest meetings with items still 列管中, with their open and overdue items (of the units in scope). */
  List<MeetingLine> meetings(List<String> units, boolean everyUnit, LocalDate today, int limit) {
    List<Object> args = new ArrayList<>();
    args.add(Date.valueOf(today));
    args.addAll(filterArgs(units, everyUnit));
    args.add(limit);
    return jdbc.query("""
        select m.id, m.title, m.held_on, count(*) as items,
          sum(case when i.status <> 'CLOSED' then 1 else 0 end) as open_items,
          sum(case when i.status <> 'CLOSED' and i.due_date < ? then 1 else 0 end) as overdue
        from app_meeting m join app_follow_up_item i on i.meeting_id = m.id
        where %s and m.id in (select distinct o.meeting_id from app_follow_up_item o where o.status <> 'CLOSED')
        group by m.id, m.title, m.held_on order by m.held_on desc, m.id desc limit ?"""
        .formatted(filter("i.lead_units", units, everyUnit)),
        (rs, n) -> new MeetingLine(rs.getLong("id"), rs.getString("title"), rs.getDate("held_on").toLocalDate(),
            rs.getLong("items"), rs.getLong("open_items"), rs.getLong("overdue")), args.toArray());
  }

  /** Items past their due date and not closed, oldest due date first, with the units that still owe a report. */
  List<OverdueItem> overdueItems(List<String> units, LocalDate today, int limit) {
    List<Object> args = new ArrayList<>();
    args.add(Date.valueOf(today));
    args.addAll(UnitSql.patterns(units));
    args.add(limit);
    List<OverdueItem> items = jdbc.query("""
        select i.id, i.item_number, i.subject, i.meeting_id, m.title, i.due_date, i.status, i.current_round
        from app_follow_up_item i join app_meeting m on m.id = i.meeting_id
        where i.status <> 'CLOSED' and i.due_date < ? and %s
        order by i.due_date, i.id limit ?""".formatted(UnitSql.namesAny("i.lead_units", units.size())),
        (rs, n) -> new OverdueItem(rs.getLong("id"), rs.getString("item_number"), rs.getString("subject"), rs.getLong("meeting_id"),
            rs.getString("title"), rs.getDate("due_date").toLocalDate(), rs.getString("status"), new ArrayList<>()),
        args.toArray());
    if (items.isEmpty()) {
      return items;
    }
    Map<Long, OverdueItem> byId = new LinkedHashMap<>();
    items.forEach(item -> byId.put(item.id(), item));
    List<Object> pendingArgs = new ArrayList<>(units);
    pendingArgs.addAll(byId.keySet());
    jdbc.query("""
        select i.id, u.unit_id from app_follow_up_item i
        join app_follow_up_round r on r.item_id = i.id and r.round_number = i.current_round
        join %s on 1 = 1
        where i.id in (%s) and %s""".formatted(UnitSql.unitTable(units), String.join(",", Collections.nCopies(byId.size(), "?")), PENDING),
        rs -> {
          byId.get(rs.getLong("id")).pendingUnits().add(rs.getString("unit_id"));
        }, pendingArgs.toArray());
    return items;
  }

  private static long number(Map<String, Object> row, String column) {
    Object value = row.get(column);
    if (value == null) {
      value = row.get(column.toUpperCase());
    }
    return value == null ? 0 : ((Number) value).longValue();
  }
}
