package tw.gov.securitymeeting.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ShippedCalendarFilesTest {

  private static final DateTimeFormatter MMDD = DateTimeFormatter.ofPattern("MMdd");

  private final WorkingDayCalendar calendar = new WorkingDayCalendar(new CalendarProperties(null));

  private static Resource[] shippedFiles() throws Exception {
    return new PathMatchingResourcePatternResolver().getResources("classpath*:calendar/*.csv");
  }

  @Test
  void the_shipped_years_are_2016_2017_and_2024_to_2027() throws Exception {
    assertThat(shippedFiles()).hasSize(6);
    assertThat(calendar.knownYears()).containsExactly(2016, 2017, 2024, 2025, 2026, 2027);
  }

  @Test
  void every_shipped_file_is_utf8_with_bom_has_the_exact_header_and_one_row_per_day_of_its_year()
      throws Exception {
    for (Resource file : shippedFiles()) {
      byte[] bytes;
      try (var in = file.getInputStream()) {
        bytes = in.readAllBytes();
      }
      assertThat(Arrays.copyOf(bytes, 3)).as(file.getFilename()).containsExactly(0xEF, 0xBB, 0xBF);
      List<String> lines = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8).lines().toList();
      assertThat(lines.get(0)).isEqualTo("西元日期,星期,是否放假,備註");

      int year = Integer.parseInt(file.getFilename().replace(".csv", ""));
      LocalDate first = LocalDate.of(year, 1, 1);
      assertThat(lines).as(file.getFilename()).hasSize(first.lengthOfYear() + 1);
      for (int i = 1; i < lines.size(); i++) {
        LocalDate day = first.plusDays(i - 1);
        String weekday = String.valueOf("一二三四五六日".charAt(day.getDayOfWeek().getValue() - 1));
        assertThat(lines.get(i))
            .as("%s line %d", file.getFilename(), i + 1)
            .matches(day.format(DateTimeFormatter.BASIC_ISO_DATE) + "," + weekday + ",[02],[^,]*");
      }
    }
  }

  @Test
  void every_weekend_is_a_day_off_unless_it_is_marked_as_a_make_up_working_day() {
    for (int year : calendar.knownYears()) {
      for (LocalDate d = LocalDate.of(year, 1, 1); d.getYear() == year; d = d.plusDays(1)) {
        boolean weekend = d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
        if (weekend && calendar.isWorkingDay(d)) {
          assertThat(d.getDayOfWeek()).as(d.toString()).isEqualTo(DayOfWeek.SATURDAY);
        }
      }
    }
  }

  /** The weekdays off and the make-up Saturdays of each year as published by 行政院人事行政總處. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "2016 | 0101 0208 0209 0210 0211 0212 0229 0404 0405 0609 0610 0915 0916 1010 | 0130 0604 0910",
        "2017 | 0102 0127 0130 0131 0201 0227 0228 0403 0404 0529 0530 1004 1009 1010 | 0218 0603 0930",
        "2024 | 0101 0208 0209 0212 0213 0214 0228 0404 0405 0610 0917 1010 | 0217",
        "2025 | 0101 0127 0128 0129 0130 0131 0228 0403 0404 0530 0929 1006 1010 1024 1225 | 0208",
        "2026 | 0101 0216 0217 0218 0219 0220 0227 0403 0406 0501 0619 0925 0928 1009 1026 1225 | ''",
        "2027 | 0101 0204 0205 0208 0209 0210 0301 0405 0406 0430 0609 0915 0928 1011 1025 1224 1231 | ''",
      })
  void each_year_has_the_published_weekday_holidays_and_make_up_saturdays(
      int year, String weekdaysOff, String makeUpDays) {
    List<String> off = new ArrayList<>();
    List<String> makeUp = new ArrayList<>();
    for (LocalDate d = LocalDate.of(year, 1, 1); d.getYear() == year; d = d.plusDays(1)) {
      boolean weekend = d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
      if (!weekend && !calendar.isWorkingDay(d)) {
        off.add(d.format(MMDD));
        assertThat(calendar.holidayName(d)).as("name of %s", d).isPresent();
      }
      if (weekend && calendar.isWorkingDay(d)) {
        makeUp.add(d.format(MMDD));
      }
    }
    assertThat(String.join(" ", off)).isEqualTo(weekdaysOff);
    assertThat(String.join(" ", makeUp)).isEqualTo(makeUpDays == null ? "" : makeUpDays);
  }
}
