package tw.gov.securitymeeting.system;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/** Dates as civil servants write them (民國 years) and "today" on the engine's clock in Taipei. */
public final class RocDates {

  public static final ZoneId TAIPEI = ZoneId.of("Asia/Taipei");
  private static final int ROC_OFFSET = 1911;
  private static final String[] WEEKDAYS = {"星期一", "星期二", "星期三", "星期四", "星期五", "星期六", "星期日"};

  private RocDates() {}

  /** 2016-10-19 → 民國105年10月19日 */
  public static String format(LocalDate date) {
    if (date == null) {
      return "";
    }
    return "民國" + (date.getYear() - ROC_OFFSET) + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
  }

  /** 2016-10-19 → 105年10月19日(星期三), as officers head minutes and tables. */
  public static String withWeekday(LocalDate date) {
    if (date == null) {
      return "";
    }
    return (date.getYear() - ROC_OFFSET) + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日("
        + WEEKDAYS[date.getDayOfWeek().getValue() - 1] + ")";
  }

  /** 15:10 → 下午3時10分; 09:00 → 上午9時; 12:30 → 中午12時30分. */
  public static String time(LocalTime time) {
    if (time == null) {
      return "";
    }
    int hour = time.getHour();
    String part = hour < 12 ? "上午" : hour == 12 ? "中午" : "下午";
    int shown = hour > 12 ? hour - 12 : hour;
    return part + shown + "時" + (time.getMinute() == 0 ? "" : time.getMinute() + "分");
  }

  public static String format(Instant instant) {
    if (instant == null) {
      return "";
    }
    ZonedDateTime time = instant.atZone(TAIPEI);
    return format(time.toLocalDate()) + String.format(" %02d:%02d", time.getHour(), time.getMinute());
  }

  /** Now on the engine's clock (tests move it with ClockUtil). */
  public static Instant now() {
    return ClockUtil.getCurrentTime().toInstant();
  }

  public static LocalDate today() {
    return now().atZone(TAIPEI).toLocalDate();
  }

  /** The Taipei date of an engine date (a task's due date), or null. */
  public static LocalDate dateOf(java.util.Date date) {
    return date == null ? null : date.toInstant().atZone(TAIPEI).toLocalDate();
  }

  /** The end of a due day in Taipei, as the engine wants a task's due date. */
  public static java.util.Date endOfDay(LocalDate date) {
    return java.util.Date.from(date.plusDays(1).atStartOfDay(TAIPEI).minusSeconds(1).toInstant());
  }

  /** An instant in Taipei → 105年10月19日(星期三)下午3時10分, as mails and read-only form fields show a moment. */
  public static String dateTime(Instant instant) {
    if (instant == null) {
      return "";
    }
    ZonedDateTime time = instant.atZone(TAIPEI);
    return withWeekday(time.toLocalDate()) + time(time.toLocalTime());
  }
}
