package tw.gov.securitymeeting.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class CalendarLoadingTest {

  @TempDir Path dir;

  private WorkingDayCalendar calendarWithDirectory() {
    return new WorkingDayCalendar(new CalendarProperties(dir));
  }

  @Test
  void a_file_in_the_directory_replaces_the_shipped_calendar_of_its_year() throws Exception {
    LocalDate extraDayOff = LocalDate.of(2026, 3, 4);
    CalendarCsv.write(
        dir.resolve("115年中華民國政府行政機關辦公日曆表.csv"),
        CalendarCsv.text(2026, Map.of(extraDayOff, "臨時放假")),
        StandardCharsets.UTF_8,
        true);

    WorkingDayCalendar calendar = calendarWithDirectory();

    assertThat(calendar.isWorkingDay(extraDayOff)).isFalse();
    assertThat(calendar.holidayName(extraDayOff)).contains("臨時放假");
    assertThat(calendar.isWorkingDay(LocalDate.of(2026, 2, 17))).isTrue(); // the whole year was replaced
    assertThat(calendar.isWorkingDay(LocalDate.of(2025, 1, 29))).isFalse(); // other years stay shipped
  }

  @Test
  void a_big5_file_is_read() throws Exception {
    LocalDate lunarNewYear = LocalDate.of(2030, 2, 4);
    CalendarCsv.write(
        dir.resolve("2030.csv"),
        CalendarCsv.text(2030, Map.of(lunarNewYear, "春節"), "\r\n"),
        Charset.forName("Big5"),
        false);

    WorkingDayCalendar calendar = calendarWithDirectory();

    assertThat(calendar.knownYears()).contains(2030);
    assertThat(calendar.isWorkingDay(lunarNewYear)).isFalse();
    assertThat(calendar.holidayName(lunarNewYear)).contains("春節");
  }

  @Test
  void a_utf8_file_without_bom_and_with_windows_line_ends_is_read() throws Exception {
    LocalDate day = LocalDate.of(2030, 1, 1);
    CalendarCsv.write(
        dir.resolve("2030.CSV"),
        CalendarCsv.text(2030, Map.of(day, "中華民國開國紀念日"), "\r\n") + ",,,\r\n",
        StandardCharsets.UTF_8,
        false);

    assertThat(calendarWithDirectory().holidayName(day)).contains("中華民國開國紀念日");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "20300104,五,1,     | 是否放假應為 0（上班）或 2（放假）",
        "20300104,四,0,     | 是星期五",
        "2030-01-04,五,0,   | 西元日期應為 YYYYMMDD",
        "20300104           | 欄位不足",
        "20300103,四,0,     | 日期重複",
        "20310104,六,2,     | 只能有一個年度",
      })
  void a_malformed_row_stops_the_start_up_naming_the_file_and_the_line(String badRow, String problem)
      throws Exception {
    String text = CalendarCsv.text(2030, Map.of()).replace("20300104,五,0,", badRow.strip());
    Path file = CalendarCsv.write(dir.resolve("bad.csv"), text, StandardCharsets.UTF_8, true);

    assertThatThrownBy(this::calendarWithDirectory)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining(file.toAbsolutePath().toString())
        .hasMessageContaining("第 5 行")
        .hasMessageContaining(problem);
  }

  @Test
  void a_wrong_header_stops_the_start_up() throws Exception {
    String text = CalendarCsv.text(2030, Map.of()).replace("是否放假", "放假");
    CalendarCsv.write(dir.resolve("2030.csv"), text, StandardCharsets.UTF_8, true);

    assertThatThrownBy(this::calendarWithDirectory)
        .hasMessageContaining("2030.csv")
        .hasMessageContaining("第 1 行")
        .hasMessageContaining("標題列");
  }

  @Test
  void a_file_missing_a_day_stops_the_start_up_naming_the_missing_date() throws Exception {
    String text = CalendarCsv.text(2030, Map.of()).replace("20300704,四,0,\n", "");
    CalendarCsv.write(dir.resolve("2030.csv"), text, StandardCharsets.UTF_8, true);

    assertThatThrownBy(this::calendarWithDirectory)
        .hasMessageContaining("2030.csv")
        .hasMessageContaining("缺少日期 2030-07-04");
  }

  @Test
  void two_directory_files_for_the_same_year_stop_the_start_up() throws Exception {
    CalendarCsv.write(dir.resolve("a.csv"), CalendarCsv.text(2030, Map.of()), StandardCharsets.UTF_8, true);
    CalendarCsv.write(dir.resolve("b.csv"), CalendarCsv.text(2030, Map.of()), StandardCharsets.UTF_8, true);

    assertThatThrownBy(this::calendarWithDirectory).hasMessageContaining("a.csv").hasMessageContaining("b.csv");
  }

  @Test
  void a_configured_directory_that_does_not_exist_stops_the_start_up() {
    Path missing = dir.resolve("missing");

    assertThatThrownBy(() -> new WorkingDayCalendar(new CalendarProperties(missing)))
        .hasMessageContaining("app.calendar.directory")
        .hasMessageContaining(missing.toAbsolutePath().toString());
  }

  @Test
  void files_that_are_not_csv_are_ignored() throws Exception {
    Files.writeString(dir.resolve("README.txt"), "not a calendar");

    assertThat(calendarWithDirectory().knownYears()).containsExactly(2016, 2017, 2024, 2025, 2026, 2027);
  }

  @Configuration(proxyBeanMethods = false)
  @EnableConfigurationProperties(CalendarProperties.class)
  @Import(WorkingDayCalendar.class)
  static class CalendarOnly {}

  @Test
  void the_spring_bean_reads_the_directory_named_by_app_calendar_directory() throws Exception {
    CalendarCsv.write(dir.resolve("2030.csv"), CalendarCsv.text(2030, Map.of()), StandardCharsets.UTF_8, true);

    new ApplicationContextRunner()
        .withUserConfiguration(CalendarOnly.class)
        .withPropertyValues("app.calendar.directory=" + dir)
        .run(context -> assertThat(context.getBean(WorkingDayCalendar.class).knownYears()).contains(2030));
  }

  @Test
  void the_spring_bean_works_without_a_directory() {
    new ApplicationContextRunner()
        .withUserConfiguration(CalendarOnly.class)
        .run(
            context ->
                assertThat(context.getBean(WorkingDayCalendar.class).isWorkingDay(LocalDate.of(2026, 2, 17)))
                    .isFalse());
  }

  @Test
  void a_broken_directory_file_fails_the_application_context_with_file_and_line() throws Exception {
    String text = CalendarCsv.text(2030, Map.of()).replace("20300104,五,0,", "20300104,五,9,");
    CalendarCsv.write(dir.resolve("2030.csv"), text, StandardCharsets.UTF_8, true);

    new ApplicationContextRunner()
        .withUserConfiguration(CalendarOnly.class)
        .withPropertyValues("app.calendar.directory=" + dir)
        .run(
            context ->
                assertThat(context.getStartupFailure())
                    .rootCause()
                    .hasMessageContaining("2030.csv")
                    .hasMessageContaining("第 5 行"));
  }
}
