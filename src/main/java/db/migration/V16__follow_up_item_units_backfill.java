package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Fills app_follow_up_item_unit and app_follow_up_round_unit (V15) from the comma-joined unit columns of the items and
 * rounds already registered. The split is done here in Java, the same on H2 and PostgreSQL. A unit owes its report when
 * it is in units_to_report and has no report in the item's current round since the round started or was last sent back
 * (the rule FollowUpRepository keeps for new rows).
 */
public class V16__follow_up_item_units_backfill extends BaseJavaMigration {

  static final int BATCH = 500;

  @Override
  public void migrate(Context context) throws Exception {
    backfill(context.getConnection());
  }

  /** Writes the rows of every item and round that has none yet. */
  public static void backfill(Connection connection) throws SQLException {
    Set<String> reported = reported(connection);
    try (Statement items = connection.createStatement();
        PreparedStatement insert = connection.prepareStatement(
            "insert into app_follow_up_item_unit (item_id, unit_id, is_lead, is_co, owes_report) values (?, ?, ?, ?, ?)")) {
      int pending = 0;
      try (ResultSet rs = items.executeQuery("""
          select i.id, i.lead_units, i.co_units, i.units_to_report from app_follow_up_item i
          where not exists (select 1 from app_follow_up_item_unit u where u.item_id = i.id) order by i.id""")) {
        while (rs.next()) {
          long id = rs.getLong("id");
          List<String> lead = split(rs.getString("lead_units"));
          List<String> co = split(rs.getString("co_units"));
          List<String> reporting = split(rs.getString("units_to_report"));
          Set<String> units = new LinkedHashSet<>(lead);
          units.addAll(co);
          units.addAll(reporting);
          for (String unit : units) {
            insert.setLong(1, id);
            insert.setString(2, unit);
            insert.setBoolean(3, lead.contains(unit));
            insert.setBoolean(4, co.contains(unit) && !lead.contains(unit));
            insert.setBoolean(5, reporting.contains(unit) && !reported.contains(id + "/" + unit));
            insert.addBatch();
            if (++pending % BATCH == 0) {
              insert.executeBatch();
            }
          }
        }
      }
      insert.executeBatch();
    }
    try (Statement rounds = connection.createStatement();
        PreparedStatement insert = connection.prepareStatement(
            "insert into app_follow_up_round_unit (round_id, unit_id, item_id) values (?, ?, ?)")) {
      int pending = 0;
      try (ResultSet rs = rounds.executeQuery("""
          select r.id, r.item_id, r.lead_units from app_follow_up_round r
          where not exists (select 1 from app_follow_up_round_unit u where u.round_id = r.id) order by r.id""")) {
        while (rs.next()) {
          for (String unit : new LinkedHashSet<>(split(rs.getString("lead_units")))) {
            insert.setLong(1, rs.getLong("id"));
            insert.setString(2, unit);
            insert.setLong(3, rs.getLong("item_id"));
            insert.addBatch();
            if (++pending % BATCH == 0) {
              insert.executeBatch();
            }
          }
        }
      }
      insert.executeBatch();
    }
  }

  /** "itemId/unitId" of every unit that reported in its item's current round since it started or was last sent back. */
  private static Set<String> reported(Connection connection) throws SQLException {
    Set<String> reported = new HashSet<>();
    try (Statement statement = connection.createStatement();
        ResultSet rs = statement.executeQuery("""
            select r.item_id, p.unit_id from app_progress_report p join app_follow_up_round r on r.id = p.round_id
            join app_follow_up_item i on i.id = r.item_id and r.round_number = i.current_round
            where p.reported_at >= coalesce((select max(s.reviewed_at) from app_secretariat_review s where s.round_id = r.id),
              r.started_at)""")) {
      while (rs.next()) {
        reported.add(rs.getLong("item_id") + "/" + rs.getString("unit_id"));
      }
    }
    return reported;
  }

  private static List<String> split(String joined) {
    return joined == null || joined.isBlank() ? List.of() : Arrays.stream(joined.split(",")).map(String::trim)
        .filter(unit -> !unit.isEmpty()).toList();
  }
}
