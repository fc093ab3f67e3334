package tw.gov.securitymeeting.specialperiod;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.VariableScope;
import tw.gov.securitymeeting.system.RocDates;
import tw.gov.securitymeeting.system.SubmittedValues;

/**
 * A plan as the forms carry it: the draft form's fields in, and the revision form's fields out (prefilled
 * with the plan as it stands). Tasklist sends the measures (a dynamic list) as JSON; REST clients may send
 * a JSON text or a list.
 */
final class PlanVariables {

  static final List<String> FIELDS = List.of("title", "occasion", "startDate", "endDate", "mission", "measures", "notes",
      "coordination", "contacts");

  private PlanVariables() {}

  static PlanRequest request(VariableScope scope) {
    return new PlanRequest(SubmittedValues.text(scope, "title"), SubmittedValues.text(scope, "occasion"),
        date(scope, "startDate"), date(scope, "endDate"), SubmittedValues.text(scope, "mission"),
        measures(scope.getVariable("measures")), SubmittedValues.text(scope, "notes"),
        SubmittedValues.text(scope, "coordination"), SubmittedValues.text(scope, "contacts"));
  }

  /** The plan's fields as the revision form shows them. */
  static Map<String, Object> fields(PlanRepository.PlanRow plan, List<PlanRepository.MeasureRow> measures) {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("title", plan.title());
    values.put("occasion", plan.occasion());
    values.put("startDate", plan.startDate().toString());
    values.put("endDate", plan.endDate().toString());
    values.put("mission", plan.mission());
    values.put("notes", plan.notes());
    values.put("coordination", plan.coordination());
    values.put("contacts", plan.contacts());
    List<Map<String, Object>> list = new ArrayList<>();
    for (PlanRepository.MeasureRow m : measures) {
      list.add(Map.of("area", m.area().name(), "text", m.text(), "units", m.units()));
    }
    values.put("measures", SubmittedValues.json(list));
    return values;
  }

  /** A date as "YYYY-MM-DD": the form's string, or a Date a Java client sent. */
  static String date(VariableScope scope, String name) {
    Object value = scope.getVariable(name);
    if (value instanceof Date date) {
      return RocDates.dateOf(date).toString();
    }
    return SubmittedValues.text(value);
  }

  static List<PlanRequest.Measure> measures(Object value) {
    JsonNode list = node(value);
    if (list == null || list.isNull()) {
      return null;
    }
    if (!list.isArray()) {
      throw SubmittedValues.refusal("measures", "重點措施的格式不正確，應為一份清單。");
    }
    List<PlanRequest.Measure> measures = new ArrayList<>();
    for (JsonNode item : list) {
      if (!item.isObject()) {
        measures.add(null);
        continue;
      }
      List<String> units = new ArrayList<>();
      JsonNode given = item.path("units");
      if (given.isArray()) {
        given.forEach(u -> units.add(u.asText()));
      } else if (given.isTextual()) {
        units.addAll(SubmittedValues.ids(given.asText(), "measures", "業管單位"));
      }
      measures.add(new PlanRequest.Measure(item.path("area").asText(null), item.path("text").asText(null), units));
    }
    return measures;
  }

  private static JsonNode node(Object value) {
    try {
      return SubmittedValues.jsonTree(value);
    } catch (IllegalArgumentException notJson) {
      throw SubmittedValues.refusal("measures", "重點措施的格式不正確。");
    }
  }
}
