package tw.gov.securitymeeting.system;

/**
 * The business key the application gives a process: its record's id after a prefix ({@code publication-12}).
 * A process started from the application carries the key of the record just stored; the process reads that
 * record, and checks that it is the starter's and has no process yet.
 */
public final class BusinessKeys {

  private BusinessKeys() {}

  public static String of(String prefix, long id) {
    return prefix + "-" + id;
  }

  /** The record's id in a key made by {@link #of}; null for any other key. */
  public static Long idOf(String prefix, String businessKey) {
    if (businessKey == null || !businessKey.startsWith(prefix + "-")) {
      return null;
    }
    try {
      return Long.valueOf(businessKey.substring(prefix.length() + 1));
    } catch (NumberFormatException notOurs) {
      return null;
    }
  }
}
