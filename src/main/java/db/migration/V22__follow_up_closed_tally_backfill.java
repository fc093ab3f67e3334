package db.migration;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import tw.gov.securitymeeting.system.RocDates;

/**
 * Fills app_follow_up_closed_tally (V21) from the items already closed. {@link #add} is also what FollowUpRepository runs
 * for one item when it closes it, so the counters are written one way: the closed items' unit rows (V15, with the figure
 * columns of V17) summed per (meeting, unit, closing day in Taipei) and added to the counters.
 */
public class V22__follow_up_closed_tally_backfill extends BaseJavaMigration {

  /** The meeting as a whole in the counters' unit column. */
  public static final String EVERY_UNIT = "*";

  @Override
  public void migrate(Context context) throws Exception {
    add(context.getConnection(), "", List.of());
  }

  /**
   * Adds the figures of the closed items matching {@code condition} (an SQL fragment on {@code i}, the item, starting
   * with " and ", with its {@code args}) to the counters.
   */
  public static void add(Connection connection, String condition, List<Object> args) throws SQLException {
    Map<List<Object>, long[]> tally = new LinkedHashMap<>();
    String closedOn = taipeiDate("i.closed_at");
    String onTime = "sum(case when " + taipeiDate("ru.first_report_at") + " <= ru.due_date then 1 else 0 end)";
    String rounds = " from app_follow_up_round_unit ru join app_follow_up_item i on i.id = ru.item_id"
        + " where i.status = 'CLOSED' and i.closed_at is not null" + condition;
    String leads = " from app_follow_up_item_unit iu join app_follow_up_item i on i.id = iu.item_id"
        + " where iu.is_lead and i.status = 'CLOSED' and i.closed_at is not null" + condition;
    // Per unit: a unit has one row per round, so its rounds are its rows.
    read(connection, "select i.meeting_id, ru.unit_id, " + closedOn + " closed_on, count(distinct ru.item_id), 0, count(*), count(*), "
        + onTime + rounds + " group by i.meeting_id, ru.unit_id, " + closedOn, args, tally);
    read(connection, "select i.meeting_id, '" + EVERY_UNIT + "', " + closedOn + " closed_on, count(distinct ru.item_id), 0,"
        + " count(distinct ru.round_id), count(*), " + onTime + rounds + " group by i.meeting_id, " + closedOn, args, tally);
    read(connection, "select i.meeting_id, iu.unit_id, " + closedOn + " closed_on, 0, count(*), 0, 0, 0" + leads
        + " group by i.meeting_id, iu.unit_id, " + closedOn, args, tally);
    read(connection, "select i.meeting_id, '" + EVERY_UNIT + "', " + closedOn + " closed_on, 0, count(distinct iu.item_id), 0, 0, 0"
        + leads + " group by i.meeting_id, " + closedOn, args, tally);
    boolean postgres = connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
    // One order for every transaction, the meeting's '*' row first: two transactions closing items of the same meeting
    // meet at that row and the second waits there holding nothing, so they cannot deadlock on the unit rows.
    List<Map.Entry<List<Object>, long[]>> entries = new ArrayList<>(tally.entrySet());
    entries.sort(Comparator.comparing((Map.Entry<List<Object>, long[]> e) -> (Long) e.getKey().get(0))
        .thenComparing(e -> (String) e.getKey().get(1)).thenComparing(e -> (Date) e.getKey().get(2)));
    try (PreparedStatement upsert = connection.prepareStatement(postgres ? POSTGRES_ADD : H2_ADD)) {
      for (Map.Entry<List<Object>, long[]> entry : entries) {
        upsert.setLong(1, (Long) entry.getKey().get(0));
        upsert.setString(2, (String) entry.getKey().get(1));
        upsert.setDate(3, (Date) entry.getKey().get(2));
        for (int i = 0; i < 5; i++) {
          upsert.setLong(4 + i, entry.getValue()[i]);
        }
        upsert.addBatch();
      }
      upsert.executeBatch();
    }
  }

  private static void read(Connection connection, String sql, List<Object> args, Map<List<Object>, long[]> tally) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < args.size(); i++) {
        statement.setObject(i + 1, args.get(i));
      }
      try (ResultSet rs = statement.executeQuery()) {
        while (rs.next()) {
          long[] sums = tally.computeIfAbsent(List.of(rs.getLong(1), rs.getString(2), rs.getDate(3)), k -> new long[5]);
          for (int i = 0; i < 5; i++) {
            sums[i] += rs.getLong(4 + i);
          }
        }
      }
    }
  }

  /** A stored timestamp (the JVM's local time) as its day in Taipei. */
  public static String taipeiDate(String column) {
    return "cast(" + column + " + interval '" + taipeiShiftHours() + "' hour as date)";
  }

  /** Hours to add to a stored timestamp (the JVM's local time) to read it as Taipei time. */
  public static int taipeiShiftHours() {
    Instant now = Instant.now();
    int jvm = ZoneId.systemDefault().getRules().getOffset(now).getTotalSeconds();
    int taipei = RocDates.TAIPEI.getRules().getOffset(now).getTotalSeconds();
    return (taipei - jvm) / 3600;
  }

  private static final String POSTGRES_ADD = """
      insert into app_follow_up_closed_tally (meeting_id, unit_id, closed_on, items, lead_items, rounds, rounds_due, on_time)
      values (?, ?, ?, ?, ?, ?, ?, ?)
      on conflict (meeting_id, unit_id, closed_on) do update set
        items = app_follow_up_closed_tally.items + excluded.items,
        lead_items = app_follow_up_closed_tally.lead_items + excluded.lead_items,
        rounds = app_follow_up_closed_tally.rounds + excluded.rounds,
        rounds_due = app_follow_up_closed_tally.rounds_due + excluded.rounds_due,
        on_time = app_follow_up_closed_tally.on_time + excluded.on_time""";

  private static final String H2_ADD = """
      merge into app_follow_up_closed_tally t
      using (select cast(? as bigint) meeting_id, cast(? as varchar(64)) unit_id, cast(? as date) closed_on,
        cast(? as integer) items, cast(? as integer) lead_items, cast(? as integer) rounds, cast(? as integer) rounds_due,
        cast(? as integer) on_time) s
      on t.meeting_id = s.meeting_id and t.unit_id = s.unit_id and t.closed_on = s.closed_on
      when matched then update set items = t.items + s.items, lead_items = t.lead_items + s.lead_items,
        rounds = t.rounds + s.rounds, rounds_due = t.rounds_due + s.rounds_due, on_time = t.on_time + s.on_time
      when not matched then insert (meeting_id, unit_id, closed_on, items, lead_items, rounds, rounds_due, on_time)
        values (s.meeting_id, s.unit_id, s.closed_on, s.items, s.lead_items, s.rounds, s.rounds_due, s.on_time)""";
}
