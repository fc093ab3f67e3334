package tw.gov.securitymeeting.system;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The dates a person may mean: ROC years {@code app.input.min-roc-year} to
 * {@code app.input.max-roc-year} (1 to 200 unless configured; 民國 1 年 = 1912). Anything outside
 * (year +99999, 0001-01-01) is a typing error or an attack, refused before it is stored.
 *
 * <p>The range is configuration, the same on every node; {@link InputConfiguration} sets it once at
 * start-up so that the static readers of {@link SubmittedValues} can check task variables too.
 */
public final class PlausibleDates {

  static final int DEFAULT_MIN_ROC_YEAR = 1;
  static final int DEFAULT_MAX_ROC_YEAR = 200;
  private static final int ROC_OFFSET = 1911;

  private static volatile int minRocYear = DEFAULT_MIN_ROC_YEAR;
  private static volatile int maxRocYear = DEFAULT_MAX_ROC_YEAR;

  private PlausibleDates() {}

  static void configure(int min, int max) {
    if (min > max) {
      throw new IllegalArgumentException("app.input.min-roc-year must not be greater than app.input.max-roc-year");
    }
    minRocYear = min;
    maxRocYear = max;
  }

  public static boolean contains(LocalDate date) {
    int rocYear = date.getYear() - ROC_OFFSET;
    return rocYear >= minRocYear && rocYear <= maxRocYear;
  }

  public static boolean contains(Instant instant) {
    // Far outside LocalDate's range an Instant cannot be converted: it is implausible anyway.
    if (instant.isBefore(Instant.parse("0001-01-01T00:00:00Z")) || instant.isAfter(Instant.parse("9999-12-31T00:00:00Z"))) {
      return false;
    }
    return contains(instant.atZone(RocDates.TAIPEI).toLocalDate());
  }

  /** 「民國 1 年至 200 年」, for messages. */
  public static String describe() {
    return "民國 " + minRocYear + " 年至 " + maxRocYear + " 年";
  }
}
