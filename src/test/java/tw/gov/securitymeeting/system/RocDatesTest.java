package tw.gov.securitymeeting.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

class RocDatesTest {

  @Test
  void shouldWriteTheDateWithItsWeekdayAsInTheMinutes() {
    assertThat(RocDates.withWeekday(LocalDate.of(2016, 10, 19))).isEqualTo("105年10月19日(星期三)");
    assertThat(RocDates.withWeekday(LocalDate.of(2022, 1, 24))).isEqualTo("111年1月24日(星期一)");
    assertThat(RocDates.withWeekday(LocalDate.of(2022, 2, 6))).isEqualTo("111年2月6日(星期日)");
  }

  @Test
  void shouldWriteTheTimeOfDayAsOfficersDo() {
    assertThat(RocDates.time(LocalTime.of(15, 10))).isEqualTo("下午3時10分");
    assertThat(RocDates.time(LocalTime.of(9, 0))).isEqualTo("上午9時");
    assertThat(RocDates.time(LocalTime.of(12, 30))).isEqualTo("中午12時30分");
  }

  @Test
  void shouldKeepTheRocDateForm() {
    assertThat(RocDates.format(LocalDate.of(2016, 10, 19))).isEqualTo("民國105年10月19日");
  }

  @Test
  void shouldWriteAMomentWithItsWeekdayAndTimeOfDay() {
    assertThat(RocDates.dateTime(java.time.ZonedDateTime.of(2016, 10, 19, 15, 10, 0, 0, RocDates.TAIPEI).toInstant()))
        .isEqualTo("105年10月19日(星期三)下午3時10分");
  }
}
