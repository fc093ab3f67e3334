package tw.gov.securitymeeting.publication.scan;

import java.util.Locale;
import java.util.Optional;

/**
 * Checksum validation of Taiwanese personal identification numbers.
 *
 * <ul>
 * <li>國民身分證統一編號: one letter + 1 or 2 + 8 digits.</li>
 * <li>New-format 居留證 (統一證號, since 2021): one letter + 8 or 9 + 8 digits, same checksum.</li>
 * <li>Old-format 居留證: two letters (the second A–D) + 8 digits; the second letter counts as the last digit
 * of its letter code.</li>
 * </ul>
 * The first letter maps to two digits (A=10 … Z=33, with I=34, O=35, W=32 out of order); the resulting 11
 * digits are weighted 1,9,8,7,6,5,4,3,2,1,1 and the sum must be divisible by 10.
 */
public final class TaiwanIdValidator {

  /** Letter codes A..Z. */
  private static final int[] LETTER_CODES = {
    10, 11, 12, 13, 14, 15, 16, 17, 34, 18, 19, 20, 21, 22, 35, 23, 24, 25, 26, 27, 28, 29, 32, 30, 31, 33
  };
  private static final int[] WEIGHTS = {1, 9, 8, 7, 6, 5, 4, 3, 2, 1, 1};

  private TaiwanIdValidator() {
  }

  /** A valid 國民身分證統一編號 (letter + 1/2 + 8 digits with a valid checksum). */
  public static boolean isValidNationalId(String id) {
    return id != null && id.length() == 10 && isLetter(id.charAt(0))
        && (id.charAt(1) == '1' || id.charAt(1) == '2') && allDigits(id, 1) && checksumOk(id, false);
  }

  /** A valid new-format 居留證號 (letter + 8/9 + 8 digits with a valid checksum). */
  public static boolean isValidNewResidentCertificate(String id) {
    return id != null && id.length() == 10 && isLetter(id.charAt(0))
        && (id.charAt(1) == '8' || id.charAt(1) == '9') && allDigits(id, 1) && checksumOk(id, false);
  }

  /** A valid old-format 居留證號 (letter + A–D + 8 digits with a valid checksum). */
  public static boolean isValidOldResidentCertificate(String id) {
    if (id == null || id.length() != 10 || !isLetter(id.charAt(0)) || !allDigits(id, 2)) {
      return false;
    }
    char second = Character.toUpperCase(id.charAt(1));
    return second >= 'A' && second <= 'D' && checksumOk(id, true);
  }

  /**
   * The kind of identification number, if {@code candidate} is a valid one: {@link FindingKind#NATIONAL_ID}
   * or {@link FindingKind#RESIDENT_CERTIFICATE}. Letters may be lower case.
   */
  public static Optional<FindingKind> classify(String candidate) {
    if (candidate == null) {
      return Optional.empty();
    }
    String id = candidate.strip().toUpperCase(Locale.ROOT);
    if (isValidNationalId(id)) {
      return Optional.of(FindingKind.NATIONAL_ID);
    }
    if (isValidNewResidentCertificate(id) || isValidOldResidentCertificate(id)) {
      return Optional.of(FindingKind.RESIDENT_CERTIFICATE);
    }
    return Optional.empty();
  }

  private static boolean checksumOk(String id, boolean secondIsLetter) {
    int code = LETTER_CODES[Character.toUpperCase(id.charAt(0)) - 'A'];
    int[] digits = new int[11];
    digits[0] = code / 10;
    digits[1] = code % 10;
    int next = 2;
    int from = 1;
    if (secondIsLetter) {
      digits[next++] = LETTER_CODES[Character.toUpperCase(id.charAt(1)) - 'A'] % 10;
      from = 2;
    }
    for (int i = from; i < id.length(); i++) {
      digits[next++] = id.charAt(i) - '0';
    }
    int sum = 0;
    for (int i = 0; i < 11; i++) {
      sum += digits[i] * WEIGHTS[i];
    }
    return sum % 10 == 0;
  }

  private static boolean isLetter(char c) {
    char u = Character.toUpperCase(c);
    return u >= 'A' && u <= 'Z';
  }

  private static boolean allDigits(String s, int from) {
    for (int i = from; i < s.length(); i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }
}
