package tw.gov.securitymeeting.overview;

import java.util.Collections;
import java.util.List;

/**
 * SQL pieces for the follow-up's unit lists (comma-joined unit ids in lead_units / units_to_report): a derived table of
 * the units in scope, and a condition "this list names one of these units". The ids are bound as parameters.
 */
final class UnitSql {

  private UnitSql() {}

  /** {@code (select ? as unit_id union all select ? …) u} */
  static String unitTable(List<String> units) {
    return "(" + String.join(" union all ", Collections.nCopies(units.size(), "select cast(? as varchar(64)) as unit_id")) + ") u";
  }

  /** The list column names unit {@code u.unit_id}. */
  static String names(String column) {
    return "(',' || " + column + " || ',') like ('%,' || u.unit_id || ',%')";
  }

  /** The list column names one of the given units (one parameter per unit, see {@link #patterns}). */
  static String namesAny(String column, int units) {
    return "(" + String.join(" or ", Collections.nCopies(units, "(',' || " + column + " || ',') like ?")) + ")";
  }

  static List<String> patterns(List<String> units) {
    return units.stream().map(unit -> "%," + unit + ",%").toList();
  }
}
