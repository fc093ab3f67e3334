package tw.gov.securitymeeting.overview;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import tw.gov.securitymeeting.system.FieldProblem;
import tw.gov.securitymeeting.system.RocDates;
import tw.gov.securitymeeting.system.SubmittedValues;

/** The period the statistics cover: from/to as yyyy-MM-dd, by default this ROC year (1 January to 31 December). */
record StatisticsPeriod(LocalDate from, LocalDate to) {

  static StatisticsPeriod of(String from, String to, LocalDate today) {
    List<FieldProblem> problems = new ArrayList<>();
    LocalDate start = SubmittedValues.date(blankToNull(from), "from", "起日", false, problems);
    LocalDate end = SubmittedValues.date(blankToNull(to), "to", "迄日", false, problems);
    if (!problems.isEmpty()) {
      throw PageRefusal.badRequest(String.join(" ", problems.stream().map(FieldProblem::message).toList())
          + " 日期請寫成 2026-01-31 的格式。");
    }
    StatisticsPeriod period = new StatisticsPeriod(start == null ? today.withDayOfYear(1) : start,
        end == null ? today.withDayOfYear(today.lengthOfYear()) : end);
    if (period.to.isBefore(period.from)) {
      throw PageRefusal.badRequest("「迄日」不可早於「起日」。");
    }
    return period;
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }

  public String text() {
    return RocDates.withWeekday(from) + "至" + RocDates.withWeekday(to);
  }
}
