package db.migration;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Fills the figure columns of the unit rows (V17) from the items, meetings, rounds and reports already registered, with
 * the statements FollowUpRepository runs for one item (here without the item filter), the same on H2 and PostgreSQL.
 */
public class V18__follow_up_unit_figures_backfill extends BaseJavaMigration {

  /** The item unit rows' copies of their item's and meeting's values; {@code %s}: an extra condition. */
  public static final String ITEM_UNITS = """
      update app_follow_up_item_unit set
        status = (select i.status from app_follow_up_item i where i.id = app_follow_up_item_unit.item_id),
        due_date = (select i.due_date from app_follow_up_item i where i.id = app_follow_up_item_unit.item_id),
        closed_at = (select i.closed_at from app_follow_up_item i where i.id = app_follow_up_item_unit.item_id),
        meeting_id = (select i.meeting_id from app_follow_up_item i where i.id = app_follow_up_item_unit.item_id),
        held_on = (select m.held_on from app_follow_up_item i join app_meeting m on m.id = i.meeting_id
          where i.id = app_follow_up_item_unit.item_id)
      where 1 = 1%s""";

  /** The round unit rows' copies: meeting, its date, the item's status, the round's due date, the unit's first report. */
  public static final String ROUND_UNITS = """
      update app_follow_up_round_unit set
        meeting_id = (select i.meeting_id from app_follow_up_item i where i.id = app_follow_up_round_unit.item_id),
        held_on = (select m.held_on from app_follow_up_item i join app_meeting m on m.id = i.meeting_id
          where i.id = app_follow_up_round_unit.item_id),
        item_status = (select i.status from app_follow_up_item i where i.id = app_follow_up_round_unit.item_id),
        due_date = (select r.due_date from app_follow_up_round r where r.id = app_follow_up_round_unit.round_id),
        first_report_at = (select min(p.reported_at) from app_progress_report p
          where p.round_id = app_follow_up_round_unit.round_id and p.unit_id = app_follow_up_round_unit.unit_id)
      where 1 = 1%s""";

  @Override
  public void migrate(Context context) throws Exception {
    backfill(context.getConnection());
  }

  /** Rewrites the figure columns of every unit row. */
  public static void backfill(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.executeUpdate(ITEM_UNITS.formatted(""));
      statement.executeUpdate(ROUND_UNITS.formatted(""));
    }
  }
}
