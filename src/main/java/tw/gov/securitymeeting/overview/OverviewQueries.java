package tw.gov.securitymeeting.overview;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import tw.gov.securitymeeting.system.RocDates;

/**
 * The overview's figures from the follow-up's tables (read only, aggregated in SQL). An item waits at a unit when its
 * status is OPEN and the unit's row in app_follow_up_item_unit says it still owes the current round its report (no
 * report since the round started or was last sent back); it waits at the secretariat (AWAITING_SECRETARIAT) or the
 * chair (AWAITING_CHAIR) otherwise. The per-unit figures read only the unit rows, which carry the item's status and due
 * date (V17).
 */
@Repository
class OverviewQueries {

  private final JdbcTemplate jdbc;

  OverviewQueries(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  record Counts(long open, long dueThisWeek, long overdue, long overdueAtUnits, long closedThisMonth) {}

  record UnitLine(String unitId, long open, long overdue, LocalDate oldestDue) {}

  record MeetingLine(long id, String title, String session, LocalDate heldOn, long items, long open, long overdue) {}

  record OverdueItem(long id, String number, String subject, long meetingId, String meetingTitle, String meetingSession,
      LocalDate dueDate, String status, List<String> pendingUnits) {}

  Counts counts(List<String> units, boolean everyUnit, long overdueAtUnits, LocalDate today) {
    LocalDate monday = today.minusDays(today.getDayOfWeek().getValue() - 1L);
    LocalDate firstOfMonth = today.withDayOfMonth(1);
    List<Object> args = new ArrayList<>();
    args.add(Date.valueOf(monday));
    args.add(Date.valueOf(monday.plusDays(6)));
    args.add(Date.valueOf(today));
    args.addAll(UnitSql.leadArgs(units, everyUnit));
    Map<String, Object> row = jdbc.queryForMap("""
        select count(*) as open_items,
          coalesce(sum(case when i.due_date between ? and ? then 1 else 0 end), 0) as due_week,
          coalesce(sum(case when i.due_date < ? then 1 else 0 end), 0) as overdue
        from app_follow_up_item i where i.status in %s and %s"""
        .formatted(UnitSql.NOT_CLOSED, UnitSql.leadOf("i.id", units, everyUnit)), args.toArray());
    List<Object> closedArgs = new ArrayList<>();
    closedArgs.add(Timestamp.from(firstOfMonth.atStartOfDay(RocDates.TAIPEI).toInstant()));
    closedArgs.addAll(UnitSql.leadArgs(units, everyUnit));
    Long closed = jdbc.queryForObject("select count(*) from app_follow_up_item i where i.closed_at >= ? and i.status = 'CLOSED' and "
        + UnitSql.leadOf("i.id", units, everyUnit), Long.class, closedArgs.toArray());
    return new Counts(number(row, "open_items"), number(row, "due_week"), number(row, "overdue"), overdueAtUnits,
        closed == null ? 0 : closed);
  }

  /** Per unit in scope (in order) and the number of distinct items that wait at a unit past their due date. */
  record Units(List<UnitLine> lines, long overdueItems) {}

  /** Per unit: items 列管中 naming the unit, items waiting at the unit past their due date, the oldest such due date. */
  Units units(List<String> units, LocalDate today) {
    Map<String, Long> open = new LinkedHashMap<>();
    jdbc.query("""
        select u.unit_id, count(*) as n from app_follow_up_item_unit u
        where u.status in %s and u.is_lead and u.unit_id in %s group by u.unit_id""".formatted(UnitSql.NOT_CLOSED, UnitSql.in(units)),
        rs -> {
          open.put(rs.getString("unit_id"), rs.getLong("n"));
        }, units.toArray());
    List<Object> args = new ArrayList<>();
    args.add(Date.valueOf(today));
    args.addAll(units);
    String waiting = """
        from app_follow_up_item_unit u
        where u.status = 'OPEN' and u.owes_report and u.due_date < ? and u.unit_id in %s""".formatted(UnitSql.in(units));
    Map<String, UnitLine> overdue = new LinkedHashMap<>();
    jdbc.query("select u.unit_id, count(*) as n, min(u.due_date) as oldest " + waiting + " group by u.unit_id",
        rs -> {
          String unit = rs.getString("unit_id");
          overdue.put(unit, new UnitLine(unit, 0, rs.getLong("n"), rs.getDate("oldest").toLocalDate()));
        }, args.toArray());
    Long lateItems = overdue.isEmpty() ? Long.valueOf(0)
        : jdbc.queryForObject("select count(distinct u.item_id) " + waiting, Long.class, args.toArray());
    return new Units(units.stream().map(unit -> {
      UnitLine late = overdue.get(unit);
      return new UnitLine(unit, open.getOrDefault(unit, 0L), late == null ? 0 : late.overdue(), late == null ? null : late.oldestDue());
    }).toList(), lateItems == null ? 0 : lateItems);
  }

  /**
   * The latest meetings with items still 列管中 (of any unit) and items of the units in scope, with the open and overdue
   * items of the units in scope. The meetings come from the open items (an index range on their status), not from a
   * walk back through every meeting: with fewer than {@code limit} open meetings, or the open ones on one day, that walk
   * read every meeting ever held and probed its items (76 ms at 10,000 meetings in the #15 benchmark, 8 ms now).
   */
  List<MeetingLine> meetings(List<String> units, boolean everyUnit, LocalDate today, int limit) {
    List<Object> args = new ArrayList<>();
    args.add(Date.valueOf(today));
    args.addAll(UnitSql.leadArgs(units, everyUnit));
    args.add(limit);
    args.addAll(UnitSql.leadArgs(units, everyUnit));
    return jdbc.query("""
        select m.id, m.title, m.session_label, m.held_on, count(*) as items,
          sum(case when i.status <> 'CLOSED' then 1 else 0 end) as open_items,
          sum(case when i.status <> 'CLOSED' and i.due_date < ? then 1 else 0 end) as overdue
        from (select l.id, l.title, l.session_label, l.held_on from app_meeting l
          join (select distinct o.meeting_id from app_follow_up_item o where o.status in %1$s) o on o.meeting_id = l.id
          where exists (select 1 from app_follow_up_item e where e.meeting_id = l.id and %2$s)
          order by l.held_on desc, l.id desc limit ?) m
        join app_follow_up_item i on i.meeting_id = m.id
        where %3$s
        group by m.id, m.title, m.session_label, m.held_on order by m.held_on desc, m.id desc"""
        .formatted(UnitSql.NOT_CLOSED, UnitSql.leadOf("e.id", units, everyUnit), UnitSql.leadOf("i.id", units, everyUnit)),
        (rs, n) -> new MeetingLine(rs.getLong("id"), rs.getString("title"), rs.getString("session_label"),
            rs.getDate("held_on").toLocalDate(), rs.getLong("items"), rs.getLong("open_items"), rs.getLong("overdue")),
        args.toArray());
  }

  /** Items past their due date and not closed, oldest due date first, with the units that still owe a report. */
  List<OverdueItem> overdueItems(List<String> units, boolean everyUnit, LocalDate today, int limit) {
    // The oldest of each open status first (an index range on (status, due_date) each, stopping at the limit), then
    // the oldest of those: no sort of every open item.
    List<Object> args = new ArrayList<>();
    StringBuilder oldest = new StringBuilder();
    for (String status : List.of("OPEN", "AWAITING_SECRETARIAT", "AWAITING_CHAIR")) {
      oldest.append(oldest.length() == 0 ? "" : " union all ").append("""
          (select i.id from app_follow_up_item i where i.status = '%s' and i.due_date < ? and %s order by i.due_date, i.id limit ?)"""
          .formatted(status, UnitSql.leadOf("i.id", units, everyUnit)));
      args.add(Date.valueOf(today));
      args.addAll(UnitSql.leadArgs(units, everyUnit));
      args.add(limit);
    }
    args.add(limit);
    List<OverdueItem> items = jdbc.query("""
        select i.id, i.item_number, i.subject, i.meeting_id, m.title, m.session_label, i.due_date, i.status
        from (%s) o join app_follow_up_item i on i.id = o.id join app_meeting m on m.id = i.meeting_id
        order by i.due_date, i.id limit ?""".formatted(oldest),
        (rs, n) -> new OverdueItem(rs.getLong("id"), rs.getString("item_number"), rs.getString("subject"), rs.getLong("meeting_id"),
            rs.getString("title"), rs.getString("session_label"), rs.getDate("due_date").toLocalDate(), rs.getString("status"),
            new ArrayList<>()),
        args.toArray());
    if (items.isEmpty()) {
      return items;
    }
    Map<Long, OverdueItem> byId = new LinkedHashMap<>();
    items.forEach(item -> byId.put(item.id(), item));
    List<Object> pendingArgs = new ArrayList<>(byId.keySet());
    pendingArgs.addAll(units);
    jdbc.query("""
        select u.item_id, u.unit_id from app_follow_up_item_unit u
        where u.item_id in (%s) and u.status = 'OPEN' and u.owes_report and u.unit_id in %s"""
        .formatted(String.join(",", Collections.nCopies(byId.size(), "?")), UnitSql.in(units)),
        rs -> {
          byId.get(rs.getLong("item_id")).pendingUnits().add(rs.getString("unit_id"));
        }, pendingArgs.toArray());
    items.forEach(item -> item.pendingUnits().sort(Comparator.comparingInt(units::indexOf)));
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
