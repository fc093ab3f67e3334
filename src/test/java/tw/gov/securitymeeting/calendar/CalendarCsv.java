package tw.gov.securitymeeting.calendar;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;

/** Builds calendar CSV files for tests: weekends off, plus the given days off with their 備註. */
final class CalendarCsv {

  private CalendarCsv() {}

  static String text(int year, Map<LocalDate, String> daysOff, String lineEnd) {
    StringBuilder csv = new StringBuilder(CalendarFileReader.HEADER).append(lineEnd);
    for (LocalDate d = LocalDate.of(year, 1, 1); d.getYear() == year; d = d.plusDays(1)) {
      boolean weekend = d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
      boolean off = weekend || daysOff.containsKey(d);
      csv.append(String.format("%04d%02d%02d", d.getYear(), d.getMonthValue(), d.getDayOfMonth()))
          .append(',')
          .append(CalendarFileReader.WEEKDAYS.charAt(d.getDayOfWeek().getValue() - 1))
          .append(',')
          .append(off ? '2' : '0')
          .append(',')
          .append(daysOff.getOrDefault(d, ""))
          .append(lineEnd);
    }
    return csv.toString();
  }

  static String text(int year, Map<LocalDate, String> daysOff) {
    return text(year, daysOff, "\n");
  }

  static Path write(Path file, String text, Charset charset, boolean bom) throws Exception {
    byte[] body = text.getBytes(charset);
    byte[] bytes = body;
    if (bom) {
      bytes = new byte[body.length + 3];
      bytes[0] = (byte) 0xEF;
      bytes[1] = (byte) 0xBB;
      bytes[2] = (byte) 0xBF;
      System.arraycopy(body, 0, bytes, 3, body.length);
    }
    return Files.write(file, bytes);
  }
}
