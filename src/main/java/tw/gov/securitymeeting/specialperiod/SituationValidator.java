package tw.gov.securitymeeting.specialperiod;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import tw.gov.securitymeeting.organization.Organization;
import tw.gov.securitymeeting.system.FieldProblem;
import tw.gov.securitymeeting.system.InvalidRequestException;
import tw.gov.securitymeeting.system.RocDates;
import tw.gov.securitymeeting.system.SubmittedValues;

/** Checks a situation report against the plan it is for: the plan runs, the time lies in its period and not ahead. */
@Component
class SituationValidator {

  private final Organization organization;

  SituationValidator(Organization organization) {
    this.organization = organization;
  }

  ValidSituation validate(PlanRepository.PlanRow plan, SituationRequest request) {
    if (request == null) {
      throw new InvalidRequestException(List.of(new FieldProblem("description", "請送出狀況內容。")));
    }
    List<FieldProblem> problems = new ArrayList<>();
    if (plan.status() == PlanStatus.PENDING_APPROVAL || plan.status() == PlanStatus.RETURNED) {
      problems.add(new FieldProblem("planId", "計畫「" + plan.title() + "」尚未核定，不能通報狀況。"));
    }
    SituationKind kind = SituationKind.of(request.kind()).orElse(null);
    if (kind == null) {
      problems.add(new FieldProblem("kind", "狀況類別只能是機關安全（SECURITY）、公務機密（SECRECY）、資安（CYBER）、危害國家安全（NATIONAL_SECURITY）或社會治安（PUBLIC_ORDER）。"));
    }
    Boolean own = bool(request.ownAgency());
    if (own == null) {
      problems.add(new FieldProblem("ownAgency", "請選擇狀況是否屬本機關。"));
    }
    String description = PlanValidator.required(request.description(), "description", "狀況內容", 4000, problems);
    String place = PlanValidator.required(request.place(), "place", "發生地點", 500, problems);
    Instant at = time(request.occurredAt(), problems);
    if (at != null) {
      LocalDate day = at.atZone(RocDates.TAIPEI).toLocalDate();
      if (at.isAfter(RocDates.now())) {
        problems.add(new FieldProblem("occurredAt", SubmittedValues.inTheFuture("發生時間")));
      } else if (day.isBefore(plan.startDate()) || day.isAfter(plan.endDate())) {
        problems.add(new FieldProblem("occurredAt", "發生時間不在計畫的工作期程內（" + RocDates.withWeekday(plan.startDate()) + "至"
            + RocDates.withWeekday(plan.endDate()) + "）。"));
      }
    }
    String unit = SubmittedValues.text(request.unit());
    if (unit == null) {
      problems.add(new FieldProblem("unit", "請選擇獲知狀況的單位。"));
    } else if (!organization.isUnit(unit)) {
      problems.add(new FieldProblem("unit", "沒有代號為「" + unit + "」的單位。"));
    }
    String reporter = PlanValidator.required(request.reporter(), "reporter", "通報人", 200, problems);
    String authority = PlanValidator.limited(request.notifiedAuthority(), "notifiedAuthority", "已通報的主管機關", 500, problems);
    if (Boolean.FALSE.equals(own) && authority == null) {
      problems.add(new FieldProblem("notifiedAuthority", "非屬本機關的狀況，請填寫已通報的主管機關（副知政風處）。"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidRequestException(problems);
    }
    return new ValidSituation(kind, own, description, place, at, unit, reporter, authority);
  }

  static Boolean bool(Object value) {
    if (value instanceof Boolean b) {
      return b;
    }
    String text = SubmittedValues.text(value);
    if (text == null) {
      return null;
    }
    return switch (text.toLowerCase()) {
      case "true", "yes", "是" -> true;
      case "false", "no", "否" -> false;
      default -> null;
    };
  }

  private static Instant time(String value, List<FieldProblem> problems) {
    String text = SubmittedValues.text(value);
    if (text == null) {
      problems.add(new FieldProblem("occurredAt", "請填寫發生時間（格式 YYYY-MM-DDTHH:MM，例如 2022-01-31T22:15）。"));
      return null;
    }
    try {
      return SubmittedValues.instant(text, false);
    } catch (DateTimeParseException notATime) {
      problems.add(new FieldProblem("occurredAt", "發生時間「" + text + "」不是有效的時間（格式 YYYY-MM-DDTHH:MM）。"));
      return null;
    }
  }
}
