package tw.gov.securitymeeting.followup;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.spin.plugin.variable.value.JsonValue;
import tw.gov.securitymeeting.system.RocDates;
import tw.gov.securitymeeting.system.SubmittedValues;

/**
 * Reads what a person submitted with a task, whatever the client (Tasklist's Camunda Forms send
 * JSON, REST clients strings or lists), and turns bad answers into a 400 with a Chinese message.
 */
final class TaskVariables {

  private TaskVariables() {}

  static String text(VariableScope scope, String name) {
    return SubmittedValues.text(scope, name);
  }

  static String requiredText(VariableScope scope, String name, String label, int maxLength) {
    String text = text(scope, name);
    if (text == null) {
      throw invalid(name, "請填寫「" + label + "」。");
    }
    return limited(name, label, text, maxLength);
  }

  static String limited(String name, String label, String text, int maxLength) {
    if (text != null && text.length() > maxLength) {
      throw invalid(name, "「" + label + "」最多 " + maxLength + " 字，目前 " + text.length() + " 字。");
    }
    return text;
  }

  static String choice(VariableScope scope, String name, String label, Map<String, String> choices) {
    String value = text(scope, name);
    if (value == null || !choices.containsKey(value)) {
      throw invalid(name, "請選擇「" + label + "」：" + String.join("、", choices.values()) + "。");
    }
    return value;
  }

  /** A list of ids from a Json array, a Java collection, or a comma-separated string. */
  static List<String> list(VariableScope scope, String name) {
    return SubmittedValues.ids(scope.getVariable(name), name, name);
  }

  static LocalDate date(VariableScope scope, String name, String label) {
    Object value = scope.getVariable(name);
    if (value instanceof Date date) {
      return date.toInstant().atZone(RocDates.TAIPEI).toLocalDate();
    }
    String text = text(scope, name);
    if (text == null) {
      throw invalid(name, "請填寫「" + label + "」。");
    }
    try {
      return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
    } catch (DateTimeParseException e) {
      throw invalid(name, "「" + label + "」不是有效的日期（格式 YYYY-MM-DD）。");
    }
  }

  static JsonValue json(Object value) {
    return SubmittedValues.json(value);
  }

  /** A refused answer: a 400 with the Chinese message (see {@link SubmittedValues#refusal}). */
  static FormFieldValidationException invalid(String field, String message) {
    return SubmittedValues.refusal(field, message);
  }

}
