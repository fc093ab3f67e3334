package tw.gov.securitymeeting.evidence;

/** Incident levels 1–4 (資通安全事件等級), whatever type a client sent. */
final class IncidentLevel {

  static final int MIN = 1;
  static final int MAX = 4;

  private IncidentLevel() {}

  /** The level, or 0 when it is missing or not a whole number. */
  static int of(Object value) {
    if (value instanceof Number number) {
      double d = number.doubleValue();
      return d == Math.rint(d) ? (int) d : 0;
    }
    if (value == null) {
      return 0;
    }
    try {
      return Integer.parseInt(value.toString().strip());
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  static boolean valid(int level) {
    return level >= MIN && level <= MAX;
  }
}
