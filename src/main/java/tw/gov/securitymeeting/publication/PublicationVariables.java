package tw.gov.securitymeeting.publication;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Date;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.spin.json.SpinJsonNode;
import tw.gov.securitymeeting.system.SubmittedValues;

/**
 * Reads what a person submitted with a task (Tasklist sends JSON values, REST clients strings, numbers or
 * booleans) and turns a bad answer into a 400 with a Chinese message.
 */
final class PublicationVariables {

  private PublicationVariables() {}

  static String text(VariableScope scope, String name) {
    return SubmittedValues.text(scope, name);
  }

  static String requiredText(VariableScope scope, String name, String label, int max) {
    String text = text(scope, name);
    if (text == null) {
      throw invalid(name, "請填寫「" + label + "」。");
    }
    if (text.length() > max) {
      throw invalid(name, "「" + label + "」最多 " + max + " 字，目前 " + text.length() + " 字。");
    }
    return text;
  }

  static boolean isTrue(VariableScope scope, String name) {
    Object value = scope.getVariable(name);
    if (value instanceof Boolean b) {
      return b;
    }
    if (value instanceof SpinJsonNode json && json.isBoolean()) {
      return json.boolValue();
    }
    return value != null && "true".equalsIgnoreCase(value.toString().strip());
  }

  /** A point in time: an ISO date-time with or without offset (Taipei), a Date, or a bare date. */
  static Instant instant(VariableScope scope, String name, String label) {
    Object value = scope.getVariable(name);
    if (value instanceof Date date) {
      return date.toInstant();
    }
    String text = text(scope, name);
    if (text == null) {
      throw invalid(name, "請填寫「" + label + "」。");
    }
    try {
      return SubmittedValues.instant(text, true);
    } catch (DateTimeParseException notATime) {
      throw invalid(name, "「" + label + "」不是有效的日期時間（例如 2016-10-20T10:00）。");
    }
  }

  static Integer integer(VariableScope scope, String name) {
    Object value = scope.getVariable(name);
    if (value instanceof Number n) {
      return n.intValue();
    }
    if (value instanceof SpinJsonNode json && json.isNumber()) {
      return json.numberValue().intValue();
    }
    String text = text(scope, name);
    if (text == null) {
      return null;
    }
    try {
      return Integer.valueOf(text);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  static FormFieldValidationException invalid(String field, String message) {
    return SubmittedValues.refusal(field, message);
  }
}
