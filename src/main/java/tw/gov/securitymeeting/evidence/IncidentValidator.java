package tw.gov.securitymeeting.evidence;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import tw.gov.securitymeeting.organization.Organization;
import tw.gov.securitymeeting.system.FieldProblem;
import tw.gov.securitymeeting.system.InvalidRequestException;
import tw.gov.securitymeeting.system.RocDates;
import tw.gov.securitymeeting.system.SubmittedValues;

/** Checks an incident report field by field and names every problem at once. */
@Component
class IncidentValidator {

  static final int MAX_TEXT = 4000;
  static final int MAX_SYSTEMS = 2000;
  static final int MAX_NAME = 200;

  private final Organization organization;

  IncidentValidator(Organization organization) {
    this.organization = organization;
  }

  ValidIncident validate(IncidentRequest request) {
    if (request == null) {
      throw new InvalidRequestException(List.of(new FieldProblem("(body)", "請送出資安事件通報資料。")));
    }
    List<FieldProblem> problems = new ArrayList<>();
    String description = SubmittedValues.requiredText(request.description(), "description", "事件經過", MAX_TEXT, problems);
    Instant occurredAt = SubmittedValues.time(request.occurredAt(), "occurredAt", "發生時間", true, problems);
    Instant awareAt = SubmittedValues.time(request.awareAt(), "awareAt", "知悉時間", true, problems);
    Instant now = RocDates.now();
    if (occurredAt != null && occurredAt.isAfter(now)) {
      problems.add(new FieldProblem("occurredAt", SubmittedValues.inTheFuture("發生時間")));
    }
    if (awareAt != null && awareAt.isAfter(now)) {
      problems.add(new FieldProblem("awareAt", SubmittedValues.inTheFuture("知悉時間")));
    }
    if (awareAt != null && occurredAt != null && awareAt.isBefore(occurredAt)) {
      problems.add(new FieldProblem("awareAt", "知悉時間不可早於發生時間。"));
    }
    String systems = SubmittedValues.requiredText(request.systems(), "systems", "受影響系統", MAX_SYSTEMS, problems);
    String reporter = SubmittedValues.requiredText(request.reporter(), "reporter", "通報人", MAX_NAME, problems);
    String unit = SubmittedValues.requiredText(request.unit(), "unit", "發生事件的單位", MAX_NAME, problems);
    if (unit != null && !organization.isUnit(unit)) {
      problems.add(new FieldProblem("unit", "沒有代號為「" + unit + "」的單位；可用的單位：" + organization.unitChoices() + "。"));
    }
    int level = IncidentLevel.of(request.level());
    if (SubmittedValues.text(request.level()) == null) {
      problems.add(new FieldProblem("level", SubmittedValues.missing("事件等級")));
    } else if (!IncidentLevel.valid(level)) {
      problems.add(new FieldProblem("level", "事件等級「" + request.level() + "」不正確，只有 1 到 4 級。"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidRequestException(problems);
    }
    return new ValidIncident(description, occurredAt, awareAt, systems, reporter, unit, level);
  }
}
