package tw.gov.securitymeeting.evidence;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import tw.gov.securitymeeting.system.FieldProblem;
import tw.gov.securitymeeting.system.SubmittedValues;

/** Reading and checking what people submit, for the API (FieldProblem) and for tasks (a 400 refusal). */
final class Inputs {

  static final String TIME_FORMAT = "格式 YYYY-MM-DDTHH:MM，例如 2026-12-01T09:30";

  private Inputs() {}

  static String text(Object value) {
    return SubmittedValues.text(value);
  }

  static String text(VariableScope scope, String name) {
    return text(scope.getVariable(name));
  }

  /** A required text of at most max characters; adds a problem and answers null otherwise. */
  static String required(String value, String field, String label, int max, List<FieldProblem> problems) {
    String text = text(value);
    if (text == null) {
      problems.add(new FieldProblem(field, "請填寫" + label + "。"));
      return null;
    }
    return limited(text, field, label, max, problems);
  }

  static String limited(String value, String field, String label, int max, List<FieldProblem> problems) {
    String text = text(value);
    if (text != null && text.length() > max) {
      problems.add(new FieldProblem(field, label + "最多 " + max + " 字，目前 " + text.length() + " 字。"));
    }
    return text;
  }

  /** An ISO date-time (Taipei time when it has no offset); adds a problem and answers null when it is not one. */
  static Instant time(Object value, String field, String label, boolean required, List<FieldProblem> problems) {
    if (value instanceof Date date) {
      return date.toInstant();
    }
    String text = text(value);
    if (text == null) {
      if (required) {
        problems.add(new FieldProblem(field, "請填寫" + label + "（" + TIME_FORMAT + "）。"));
      }
      return null;
    }
    try {
      return SubmittedValues.instant(text, false);
    } catch (DateTimeParseException notATime) {
      problems.add(new FieldProblem(field, label + "「" + text + "」不是有效的時間（" + TIME_FORMAT + "）。"));
      return null;
    }
  }

  /** A refused task answer or start form: the engine wraps it, the response filter makes it a 400 in Chinese. */
  static FormFieldValidationException refusal(List<FieldProblem> problems) {
    String fields = String.join(",", problems.stream().map(FieldProblem::field).distinct().toList());
    String message = String.join("\n", problems.stream().map(FieldProblem::message).toList());
    return SubmittedValues.refusal(fields, message);
  }

  static FormFieldValidationException refusal(String field, String message) {
    return refusal(List.of(new FieldProblem(field, message)));
  }
}
