package tw.gov.securitymeeting.system;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.spin.json.SpinJsonNode;

/**
 * What people submit with a task or a start form, whatever the client: Tasklist's Camunda Forms send
 * JSON values, REST clients strings. Shared by every feature's task listeners.
 */
public final class SubmittedValues {

  private SubmittedValues() {}

  /** The value as trimmed text; null when missing or blank. */
  public static String text(Object value) {
    if (value == null) {
      return null;
    }
    String text = value instanceof SpinJsonNode json && json.isString() ? json.stringValue() : value.toString();
    text = text.strip();
    return text.isEmpty() ? null : text;
  }

  public static String text(VariableScope scope, String name) {
    return text(scope.getVariable(name));
  }

  /**
   * A point in time: an ISO date-time with an offset, or without one (Taipei time); with
   * {@code dateAllowed} also a bare date (its start in Taipei).
   *
   * @throws DateTimeParseException when the text is none of these
   */
  public static Instant instant(String text, boolean dateAllowed) {
    try {
      return OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException notOffset) {
      try {
        return LocalDateTime.parse(text).atZone(RocDates.TAIPEI).toInstant();
      } catch (DateTimeParseException notLocal) {
        if (!dateAllowed) {
          throw notLocal;
        }
        return LocalDate.parse(text).atStartOfDay(RocDates.TAIPEI).toInstant();
      }
    }
  }

  /**
   * A refused answer. The engine wraps listener exceptions, so the message carries the field(s)
   * and text between markers that {@link TaskValidationResponseFilter} turns into a 400.
   */
  public static FormFieldValidationException refusal(String field, String message) {
    return new FormFieldValidationException(field, TaskValidationResponseFilter.mark(field, message));
  }
}
