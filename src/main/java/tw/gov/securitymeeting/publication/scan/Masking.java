package tw.gov.securitymeeting.publication.scan;

/**
 * Masks personal data for excerpts. Masked forms keep just enough to let a reviewer find the spot:
 * {@code A123****89}, {@code 0912-***-678}, {@code 02-*****789}, {@code a****@example.gov.tw},
 * {@code **年*月*日}, {@code 王**}.
 */
public final class Masking {

  private Masking() {
  }

  /** 10-character identification numbers: first four and last two characters kept. */
  public static String maskId(String id) {
    if (id == null || id.length() < 7) {
      return stars(id == null ? 0 : id.length());
    }
    return id.substring(0, 4) + stars(id.length() - 6) + id.substring(id.length() - 2);
  }

  /** Mobile numbers given as their 9 digits after the leading 0 / +886 (e.g. {@code 912345678}). */
  public static String maskMobile(String nineDigits, boolean international) {
    String prefix = international ? "+886-" + nineDigits.substring(0, 3) : "0" + nineDigits.substring(0, 3);
    return prefix + "-***-" + nineDigits.substring(nineDigits.length() - 3);
  }

  /** Landline numbers: area code and last three digits kept. */
  public static String maskLandline(String areaCode, String localDigits) {
    int keep = Math.min(3, localDigits.length());
    return areaCode + "-" + stars(localDigits.length() - keep) + localDigits.substring(localDigits.length() - keep);
  }

  /** E-mail addresses: first character of the local part and the domain kept. */
  public static String maskEmail(String address) {
    int at = address.lastIndexOf('@');
    if (at <= 0) {
      return "****";
    }
    return address.charAt(0) + "****" + address.substring(at);
  }

  /** Dates: every digit replaced, the shape kept ({@code 75年3月2日} → {@code **年*月*日}). */
  public static String maskDate(String date) {
    return date.replaceAll("\\d", "*");
  }

  /** Person names (authors, commenters): first character kept. */
  public static String maskName(String name) {
    if (name == null || name.isBlank()) {
      return "";
    }
    String n = name.strip();
    int first = n.offsetByCodePoints(0, 1);
    return n.substring(0, first) + stars(Math.max(1, n.codePointCount(first, n.length())));
  }

  /**
   * The text with every piece of personal data {@link TextDetectors} recognises replaced by its masked form
   * (after NFKC normalisation). Used for file names, which are shown as the finding's source.
   */
  public static String maskPersonalData(String text) {
    return TextDetectors.maskAll(text);
  }

  static String stars(int n) {
    return "*".repeat(Math.max(0, n));
  }
}
