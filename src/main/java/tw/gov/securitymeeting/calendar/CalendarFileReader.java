package tw.gov.securitymeeting.calendar;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads one 「政府行政機關辦公日曆表」 CSV file: header {@code 西元日期,星期,是否放假,備註}, one row per day
 * ({@code 20260217,二,2,春節}), 是否放假 {@code 0} = working day and {@code 2} = day off. UTF-8 with
 * or without BOM, or Big5 (older years). A file holds exactly one complete year; anything else stops
 * the start-up with the file and line in the message.
 */
final class CalendarFileReader {

  static final String HEADER = "西元日期,星期,是否放假,備註";

  /** 星期 column for Monday to Sunday. */
  static final String WEEKDAYS = "一二三四五六日";

  /** Big5 as written on Taiwanese Windows machines (code page 950, a superset of Big5). */
  private static final Charset BIG5 =
      Charset.isSupported("x-windows-950") ? Charset.forName("x-windows-950") : Charset.forName("Big5");

  private CalendarFileReader() {}

  static CalendarYear read(String source, byte[] bytes) {
    List<String> lines = decode(bytes).lines().toList();
    int headerIndex = 0;
    while (headerIndex < lines.size() && isBlank(lines.get(headerIndex))) {
      headerIndex++;
    }
    if (headerIndex == lines.size()) {
      throw new IllegalStateException("辦公日曆檔是空的：" + source);
    }
    if (!HEADER.equals(String.join(",", fields(lines.get(headerIndex))))) {
      throw problem(source, headerIndex + 1, "標題列應為「" + HEADER + "」", lines.get(headerIndex));
    }

    Integer year = null;
    Set<LocalDate> seen = new HashSet<>();
    Set<LocalDate> daysOff = new HashSet<>();
    Map<LocalDate, String> remarks = new HashMap<>();
    for (int i = headerIndex + 1; i < lines.size(); i++) {
      String line = lines.get(i);
      if (isBlank(line)) {
        continue;
      }
      int lineNumber = i + 1;
      String[] f = fields(line);
      if (f.length < 3) {
        throw problem(source, lineNumber, "欄位不足，應為 西元日期,星期,是否放假,備註", line);
      }
      LocalDate date = parseDate(f[0], source, lineNumber, line);
      String weekday = String.valueOf(WEEKDAYS.charAt(date.getDayOfWeek().getValue() - 1));
      if (!weekday.equals(f[1])) {
        throw problem(source, lineNumber, date + " 是星期" + weekday + "，但星期欄是「" + f[1] + "」", line);
      }
      if (year == null) {
        year = date.getYear();
      } else if (date.getYear() != year) {
        throw problem(source, lineNumber, "一個檔案只能有一個年度（本檔是 " + year + " 年）", line);
      }
      if (!seen.add(date)) {
        throw problem(source, lineNumber, "日期重複：" + date, line);
      }
      switch (f[2]) {
        case "0" -> {}
        case "2" -> daysOff.add(date);
        default -> throw problem(source, lineNumber, "是否放假應為 0（上班）或 2（放假），不是「" + f[2] + "」", line);
      }
      if (f.length > 3 && !f[3].isEmpty()) {
        remarks.put(date, f[3]);
      }
    }
    if (year == null) {
      throw new IllegalStateException("辦公日曆檔沒有任何日期：" + source);
    }
    for (LocalDate d = LocalDate.of(year, 1, 1); d.getYear() == year; d = d.plusDays(1)) {
      if (!seen.contains(d)) {
        throw new IllegalStateException(
            "辦公日曆檔 " + source + " 缺少日期 " + d + "（" + year + " 年應有 " + d.lengthOfYear() + " 天，只有 " + seen.size() + " 天）");
      }
    }
    return new CalendarYear(year, source, Set.copyOf(daysOff), Map.copyOf(remarks));
  }

  /** UTF-8 (BOM dropped) when the bytes are valid UTF-8, otherwise Big5. */
  static String decode(byte[] bytes) {
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
    } catch (CharacterCodingException notUtf8) {
      text = new String(bytes, BIG5);
    }
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  /** Splits a row into at most 4 trimmed fields (a 備註 may contain commas); drops surrounding quotes. */
  private static String[] fields(String line) {
    String[] f = line.split(",", 4);
    for (int i = 0; i < f.length; i++) {
      String s = f[i].strip();
      if (i == 3) {
        s = s.replaceAll(",+$", "").strip(); // empty trailing columns left by spreadsheets
      }
      if (s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")) {
        s = s.substring(1, s.length() - 1).replace("\"\"", "\"").strip();
      }
      f[i] = s;
    }
    return f;
  }

  private static LocalDate parseDate(String value, String source, int lineNumber, String line) {
    try {
      return LocalDate.parse(value, DateTimeFormatter.BASIC_ISO_DATE);
    } catch (DateTimeParseException e) {
      throw problem(source, lineNumber, "西元日期應為 YYYYMMDD 的有效日期，不是「" + value + "」", line);
    }
  }

  /** A row made only of separators and spaces (as spreadsheets leave at the end) counts as blank. */
  private static boolean isBlank(String line) {
    return line.replace(",", "").isBlank();
  }

  private static IllegalStateException problem(String source, int lineNumber, String what, String line) {
    return new IllegalStateException(
        "辦公日曆檔 " + source + " 第 " + lineNumber + " 行有誤：" + what + "（內容：「" + line + "」）");
  }
}
