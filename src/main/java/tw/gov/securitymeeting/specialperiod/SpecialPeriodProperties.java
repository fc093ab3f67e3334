package tw.gov.securitymeeting.specialperiod;

import java.time.LocalTime;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code app.special-period.*}: the plan's deadlines and who keeps the duty log.
 *
 * @param dispatchWorkingDays 「辦理專案安全維護措施」 is due this many working days before the period starts
 * @param reportWorkingDays 「填報執行情形」 is due this many working days after the period ends
 * @param compileWorkingDays 「彙整成果報告」 is due this many working days after the units' reports are due
 * @param reviewWorkingDays 「核閱成果報告」 is due this many working days after it reaches the chair
 * @param dutyGroup the group that records the daily rounds (值勤巡查紀錄); its head is told of a missed day
 * @param escalateAt the time, the morning after a duty day, at which an unrecorded day is escalated
 * @param situationGroups besides the reporting unit, who records the follow-up of a 資安, 國安 or 治安 situation
 */
@ConfigurationProperties("app.special-period")
record SpecialPeriodProperties(
    Integer dispatchWorkingDays, Integer reportWorkingDays, Integer compileWorkingDays, Integer reviewWorkingDays,
    String dutyGroup, LocalTime escalateAt,
    List<String> situationGroups) {

  SpecialPeriodProperties {
    dispatchWorkingDays = dispatchWorkingDays != null ? dispatchWorkingDays : 2;
    reportWorkingDays = reportWorkingDays != null ? reportWorkingDays : 3;
    compileWorkingDays = compileWorkingDays != null ? compileWorkingDays : 5;
    reviewWorkingDays = reviewWorkingDays != null ? reviewWorkingDays : 5;
    dutyGroup = dutyGroup != null && !dutyGroup.isBlank() ? dutyGroup : "administration";
    escalateAt = escalateAt != null ? escalateAt : LocalTime.of(8, 0);
    situationGroups = situationGroups != null ? List.copyOf(situationGroups) : List.of("ethics");
  }
}
