package tw.gov.securitymeeting.calendar;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The government working-day calendar (「中華民國政府行政機關辦公日曆表」), for due dates and reminders.
 *
 * <p>At start-up it reads every {@code calendar/*.csv} shipped on the classpath, then every {@code
 * *.csv} in {@code app.calendar.directory} if set; a directory file replaces the shipped year it
 * covers. A broken file stops the start-up with the file and line in the message. A date in a year
 * with no file counts Monday to Friday as working days, with one warning per such year.
 */
@Component
public class WorkingDayCalendar {

  private static final Logger log = LoggerFactory.getLogger(WorkingDayCalendar.class);
  private static final String SHIPPED = "classpath*:calendar/*.csv";

  private final Map<Integer, CalendarYear> years;
  private final Path directory;
  private final Set<Integer> warnedYears = ConcurrentHashMap.newKeySet();
  private final Map<Integer, int[]> runningCounts = new ConcurrentHashMap<>();

  public WorkingDayCalendar(CalendarProperties properties) {
    this.directory = properties.directory();
    Map<Integer, CalendarYear> loaded = byYear(readShipped());
    if (directory != null) {
      byYear(readDirectory(directory))
          .forEach(
              (year, file) -> {
                CalendarYear replaced = loaded.put(year, file);
                if (replaced != null) {
                  log.info("辦公日曆 {} 年改用 {}（取代內附的 {}）", year, file.source(), replaced.source());
                }
              });
    }
    this.years = Map.copyOf(loaded);
    log.info("辦公日曆已載入：{} 年", knownYears());
  }

  /** True on a working day: 是否放假 0 in the calendar, or Monday to Friday in a year without one. */
  public boolean isWorkingDay(LocalDate date) {
    Objects.requireNonNull(date, "date");
    CalendarYear year = years.get(date.getYear());
    if (year == null) {
      warnOnce(date.getYear());
      return date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY;
    }
    return !year.daysOff().contains(date);
  }

  /**
   * The n-th working day after {@code from} (before it when n is negative); {@code from} itself is
   * not counted, so {@code addWorkingDays(friday, 1)} is the next Monday if that is a working day.
   * With n = 0 it returns {@code from} unchanged, working day or not.
   */
  public LocalDate addWorkingDays(LocalDate from, int n) {
    Objects.requireNonNull(from, "from");
    int step = n < 0 ? -1 : 1;
    LocalDate day = from;
    for (long left = Math.abs((long) n); left > 0; ) {
      day = day.plusDays(step);
      if (isWorkingDay(day)) {
        left--;
      }
    }
    return day;
  }

  /** The last working day strictly before {@code date}. */
  public LocalDate previousWorkingDay(LocalDate date) {
    return addWorkingDays(date, -1);
  }

  /**
   * How many working days lie after {@code fromExclusive} up to and including {@code toInclusive}.
   * When {@code toInclusive} is earlier the result is negative: minus the working days from {@code
   * toInclusive} (included) to {@code fromExclusive} (excluded). So for every n, {@code
   * workingDaysBetween(d, addWorkingDays(d, n)) == n}.
   */
  public int workingDaysBetween(LocalDate fromExclusive, LocalDate toInclusive) {
    Objects.requireNonNull(fromExclusive, "fromExclusive");
    Objects.requireNonNull(toInclusive, "toInclusive");
    if (toInclusive.isBefore(fromExclusive)) {
      return -countWorkingDays(toInclusive.minusDays(1), fromExclusive.minusDays(1));
    }
    return countWorkingDays(fromExclusive, toInclusive);
  }

  /** The 備註 of a day off, e.g. 「春節」 or 「調整放假」; empty on working days and plain weekends. */
  public Optional<String> holidayName(LocalDate date) {
    if (isWorkingDay(date)) {
      return Optional.empty();
    }
    CalendarYear year = years.get(date.getYear());
    return year == null ? Optional.empty() : Optional.ofNullable(year.remarks().get(date));
  }

  /** The years that have a calendar file; other years fall back to Monday to Friday. */
  public SortedSet<Integer> knownYears() {
    return new TreeSet<>(years.keySet());
  }

  /**
   * The working days after {@code afterExclusive} up to {@code toInclusive}, from each year's running count (the
   * statistics count them for hundreds of meeting and closing days per page: one lookup instead of a walk per day).
   */
  private int countWorkingDays(LocalDate afterExclusive, LocalDate toInclusive) {
    if (!toInclusive.isAfter(afterExclusive)) {
      return 0;
    }
    int count = -runningCount(afterExclusive.getYear())[afterExclusive.getDayOfYear()];
    for (int year = afterExclusive.getYear(); year < toInclusive.getYear(); year++) {
      int[] running = runningCount(year);
      count += running[running.length - 1];
    }
    return count + runningCount(toInclusive.getYear())[toInclusive.getDayOfYear()];
  }

  /**
   * The year's running count of working days: element k is the number of working days from 1 January to its k-th day,
   * both included (element 0 is 0). Made once per year on first use from {@link #isWorkingDay} (so a year without a
   * calendar file warns as before); the calendar does not change while the application runs.
   */
  private int[] runningCount(int year) {
    return runningCounts.computeIfAbsent(year, y -> {
      int length = Year.of(y).length();
      int[] running = new int[length + 1];
      LocalDate day = LocalDate.ofYearDay(y, 1);
      for (int k = 1; k <= length; k++, day = day.plusDays(1)) {
        running[k] = running[k - 1] + (isWorkingDay(day) ? 1 : 0);
      }
      return running;
    });
  }

  private void warnOnce(int year) {
    if (warnedYears.add(year)) {
      log.warn(
          "辦公日曆沒有 {} 年的資料，該年暫以週一至週五為上班日計算；請將該年的「政府行政機關辦公日曆表」CSV 放入 app.calendar.directory（目前：{}）後重新啟動",
          year,
          directory == null ? "未設定" : directory.toAbsolutePath());
    }
  }

  private static List<CalendarYear> readShipped() {
    try {
      Resource[] resources = new PathMatchingResourcePatternResolver().getResources(SHIPPED);
      List<CalendarYear> result = new ArrayList<>();
      for (Resource resource : resources) {
        String source = "classpath:calendar/" + resource.getFilename();
        try (var in = resource.getInputStream()) {
          result.add(CalendarFileReader.read(source, in.readAllBytes()));
        }
      }
      return result;
    } catch (IOException e) {
      throw new UncheckedIOException("無法讀取內附的辦公日曆檔 " + SHIPPED, e);
    }
  }

  private static List<CalendarYear> readDirectory(Path directory) {
    if (!Files.isDirectory(directory)) {
      throw new IllegalStateException("app.calendar.directory 不是存在的目錄：" + directory.toAbsolutePath());
    }
    try (Stream<Path> files = Files.list(directory)) {
      List<CalendarYear> result = new ArrayList<>();
      for (Path file :
          files
              .filter(Files::isRegularFile)
              .filter(f -> f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv"))
              .sorted(Comparator.comparing(Path::toString))
              .toList()) {
        result.add(CalendarFileReader.read(file.toAbsolutePath().toString(), Files.readAllBytes(file)));
      }
      return result;
    } catch (IOException e) {
      throw new UncheckedIOException("無法讀取辦公日曆目錄 " + directory.toAbsolutePath(), e);
    }
  }

  /** Two files of the same year from the same place are a mistake the administrator must resolve. */
  private static Map<Integer, CalendarYear> byYear(List<CalendarYear> files) {
    Map<Integer, CalendarYear> result = new TreeMap<>();
    for (CalendarYear file : files) {
      CalendarYear other = result.putIfAbsent(file.year(), file);
      if (other != null) {
        throw new IllegalStateException(
            "辦公日曆 " + file.year() + " 年有兩個檔案：" + other.source() + " 與 " + file.source() + "，請只留一個");
      }
    }
    return result;
  }
}
