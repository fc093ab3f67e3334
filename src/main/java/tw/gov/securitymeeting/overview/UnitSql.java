package tw.gov.securitymeeting.overview;

import java.util.Collections;
import java.util.List;

/**
 * SQL pieces over the follow-up's unit rows (app_follow_up_item_unit: an item's 主辦/協辦 units and whether a unit still
 * owes its report; app_follow_up_round_unit: a round's units). The unit ids are bound as parameters, one per unit.
 */
final class UnitSql {

  /** The item's statuses other than CLOSED (an index range each, where {@code <> 'CLOSED'} would scan every item). */
  static final String NOT_CLOSED = "('OPEN', 'AWAITING_SECRETARIAT', 'AWAITING_CHAIR')";

  private UnitSql() {}

  /** {@code (?, ?, …)}, one parameter per unit. */
  static String in(List<String> units) {
    return "(" + String.join(", ", Collections.nCopies(units.size(), "?")) + ")";
  }

  /** The item {@code item} names one of the units as a lead unit; none needed when every unit is in scope. */
  static String leadOf(String item, List<String> units, boolean everyUnit) {
    return everyUnit ? "1 = 1"
        : "exists (select 1 from app_follow_up_item_unit s where s.item_id = " + item + " and s.is_lead and s.unit_id in " + in(units) + ")";
  }

  static List<String> leadArgs(List<String> units, boolean everyUnit) {
    return everyUnit ? List.of() : units;
  }
}
