package tw.gov.securitymeeting.specialperiod;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.springframework.stereotype.Component;
import tw.gov.securitymeeting.organization.Organization;
import tw.gov.securitymeeting.system.FieldProblem;
import tw.gov.securitymeeting.system.InvalidRequestException;
import tw.gov.securitymeeting.system.SubmittedValues;

/** Checks a plan from the API, the start form or the revision form the same way; every problem in Chinese. */
@Component
class PlanValidator {

  static final String ALL_UNITS = "all";
  static final int MAX_DAYS = 62;
  static final int MAX_TEXT = 4000;

  private final Organization organization;

  PlanValidator(Organization organization) {
    this.organization = organization;
  }

  ValidPlan validate(PlanRequest request) {
    if (request == null) {
      throw new InvalidRequestException(List.of(new FieldProblem("title", "請送出計畫內容。")));
    }
    List<FieldProblem> problems = new ArrayList<>();
    String title = required(request.title(), "title", "計畫名稱", 200, problems);
    String occasion = required(request.occasion(), "occasion", "節日或活動（例如春節）", 100, problems);
    LocalDate start = date(request.startDate(), "startDate", "工作期程開始日", problems);
    LocalDate end = date(request.endDate(), "endDate", "工作期程結束日", problems);
    if (start != null && end != null) {
      if (end.isBefore(start)) {
        problems.add(new FieldProblem("endDate", "工作期程結束日不可早於開始日。"));
      } else if (ChronoUnit.DAYS.between(start, end) + 1 > MAX_DAYS) {
        problems.add(new FieldProblem("endDate", "工作期程最長 " + MAX_DAYS + " 日，請確認日期。"));
      }
    }
    String mission = required(request.mission(), "mission", "任務", MAX_TEXT, problems);
    List<ValidPlan.Measure> measures = measures(request.measures(), problems);
    String notes = limited(request.notes(), "notes", "應行注意事項", 8000, problems);
    String coordination = limited(request.coordination(), "coordination", "協調配合事項", MAX_TEXT, problems);
    String contacts = limited(request.contacts(), "contacts", "狀況通報聯絡方式", 2000, problems);
    if (!problems.isEmpty()) {
      throw new InvalidRequestException(problems);
    }
    return new ValidPlan(title, occasion, start, end, mission, measures, notes, coordination, contacts);
  }

  private List<ValidPlan.Measure> measures(List<PlanRequest.Measure> measures, List<FieldProblem> problems) {
    List<ValidPlan.Measure> result = new ArrayList<>();
    if (measures == null || measures.isEmpty()) {
      problems.add(new FieldProblem("measures", "請至少列出一項重點措施。"));
      return result;
    }
    for (int i = 0; i < measures.size(); i++) {
      PlanRequest.Measure measure = measures.get(i);
      String at = "measures[" + i + "]";
      String label = "第 " + (i + 1) + " 項措施";
      if (measure == null) {
        problems.add(new FieldProblem(at, label + "是空的。"));
        continue;
      }
      String text = SubmittedValues.text(measure.text());
      if (text == null) {
        problems.add(new FieldProblem(at + ".text", label + "沒有內容。"));
      } else if (text.length() > MAX_TEXT) {
        problems.add(new FieldProblem(at + ".text", SubmittedValues.tooLong(label, MAX_TEXT)));
      }
      Area area = Area.of(measure.area()).orElse(null);
      if (area == null) {
        problems.add(new FieldProblem(at + ".area", label + "的類別只能是公務機密維護（SECRECY）、機關安全維護（SECURITY）或其他協助機關辦理事項（OTHER）。"));
      }
      List<String> units = units(measure.units(), at + ".units", label, problems);
      if (text != null && area != null && units != null) {
        result.add(new ValidPlan.Measure(area, text, units));
      }
    }
    return result;
  }

  /** The named units, or every unit for "all"; null (with a problem) when empty or unknown. */
  private List<String> units(List<String> units, String field, String label, List<FieldProblem> problems) {
    List<String> given = units == null ? List.of() : units.stream().map(SubmittedValues::text).filter(u -> u != null).toList();
    if (given.isEmpty()) {
      problems.add(new FieldProblem(field, label + "請指定至少一個業管單位。"));
      return null;
    }
    if (given.contains(ALL_UNITS)) {
      return organization.unitIds();
    }
    LinkedHashSet<String> known = new LinkedHashSet<>();
    boolean ok = true;
    for (String unit : given) {
      if (!organization.isUnit(unit)) {
        problems.add(new FieldProblem(field, label + "：沒有代號為「" + unit + "」的單位。"));
        ok = false;
      }
      known.add(unit);
    }
    return ok ? List.copyOf(known) : null;
  }

  static String required(String value, String field, String label, int max, List<FieldProblem> problems) {
    String text = SubmittedValues.text(value);
    if (text == null) {
      problems.add(new FieldProblem(field, SubmittedValues.missing(label)));
      return null;
    }
    return limited(text, field, label, max, problems);
  }

  static String limited(String value, String field, String label, int max, List<FieldProblem> problems) {
    String text = SubmittedValues.text(value);
    if (text != null && text.length() > max) {
      problems.add(new FieldProblem(field, SubmittedValues.tooLong(label, max)));
    }
    return text;
  }

  static LocalDate date(String value, String field, String label, List<FieldProblem> problems) {
    String text = SubmittedValues.text(value);
    if (text == null) {
      problems.add(new FieldProblem(field, SubmittedValues.missing(label)));
      return null;
    }
    try {
      return LocalDate.parse(text.length() > 10 && text.charAt(10) == 'T' ? text.substring(0, 10) : text);
    } catch (DateTimeParseException notADate) {
      problems.add(new FieldProblem(field, label + "「" + text + "」不是有效的日期（格式 YYYY-MM-DD，例如 2022-01-24）。"));
      return null;
    }
  }
}
