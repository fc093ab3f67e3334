package tw.gov.securitymeeting.specialperiod;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tw.gov.securitymeeting.system.FieldProblem;
import tw.gov.securitymeeting.system.InvalidRequestException;
import tw.gov.securitymeeting.system.SubmittedValues;

/**
 * An earlier plan re-issued for a new period (「本計畫每年依例修正」): the same texts and measures, the
 * period moved to the new start (the end keeps the length unless given), and the ROC year in the title
 * moved with it (111年 → 112年).
 */
final class PlanCopy {

  private static final Pattern ROC_YEAR = Pattern.compile("(\\d{2,3})(?=年)");

  private PlanCopy() {}

  static PlanRequest of(PlanRepository.PlanRow source, List<PlanRepository.MeasureRow> measures, String startDate,
      String endDate, String title) {
    String startText = SubmittedValues.text(startDate);
    if (startText == null) {
      throw new InvalidRequestException(List.of(new FieldProblem("startDate", "請填寫新的工作期程開始日（格式 YYYY-MM-DD）。")));
    }
    LocalDate start;
    try {
      start = LocalDate.parse(startText.length() > 10 ? startText.substring(0, 10) : startText);
    } catch (DateTimeParseException notADate) {
      throw new InvalidRequestException(List.of(new FieldProblem("startDate",
          "工作期程開始日「" + startText + "」不是有效的日期（格式 YYYY-MM-DD）。")));
    }
    String end = SubmittedValues.text(endDate) != null ? SubmittedValues.text(endDate)
        : start.plusDays(ChronoUnit.DAYS.between(source.startDate(), source.endDate())).toString();
    int years = start.getYear() - source.startDate().getYear();
    String newTitle = SubmittedValues.text(title) != null ? SubmittedValues.text(title) : movedYear(source.title(), years);
    return new PlanRequest(newTitle, source.occasion(), start.toString(), end, source.mission(),
        measures.stream().map(m -> new PlanRequest.Measure(m.area().name(), m.text(), m.units())).toList(),
        source.notes(), source.coordination(), source.contacts());
  }

  /** 「臺東縣政府111年加強…」 moved by one year → 「臺東縣政府112年加強…」; the first ROC year only. */
  static String movedYear(String title, int years) {
    Matcher year = ROC_YEAR.matcher(title);
    if (years == 0 || !year.find()) {
      return title;
    }
    return title.substring(0, year.start()) + (Integer.parseInt(year.group(1)) + years) + title.substring(year.end());
  }
}
