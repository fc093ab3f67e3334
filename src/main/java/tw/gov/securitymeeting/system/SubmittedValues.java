package tw.gov.securitymeeting.system;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.spin.Spin;
import org.camunda.spin.json.SpinJsonNode;
import org.camunda.spin.plugin.variable.SpinValues;
import org.camunda.spin.plugin.variable.value.JsonValue;

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
   * Ids from a JSON array (a Tasklist checklist), a Java collection, or a text separated by commas,
   * 、 or spaces; trimmed, without blanks and repeats.
   */
  public static List<String> ids(Object value, String field, String label) {
    List<String> result = new ArrayList<>();
    if (value instanceof SpinJsonNode json && json.isArray()) {
      json.elements().forEach(e -> result.add(e.isString() ? e.stringValue() : e.toString()));
    } else if (value instanceof Collection<?> collection) {
      collection.forEach(e -> result.add(String.valueOf(e)));
    } else if (text(value) != null) {
      String text = text(value);
      if (text.startsWith("[")) {
        try {
          Spin.JSON(text).elements().forEach(e -> result.add(e.isString() ? e.stringValue() : e.toString()));
        } catch (RuntimeException notJson) {
          throw refusal(field, "「" + label + "」的格式不正確。");
        }
      } else {
        result.addAll(List.of(text.split("[,，、\\s]+")));
      }
    }
    return result.stream().map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
  }

  /** A value a Camunda Form reads as JSON (the options of a checklist or select, a list of ids). */
  public static JsonValue json(Object value) {
    return SpinValues.jsonValue(Spin.JSON(value)).create();
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

  // --- One wording for each refusal, for task answers and API requests alike. ---

  /** 「請填寫「{label}」。」 */
  public static String requiredMessage(String label) {
    return "請填寫「" + label + "」。";
  }

  /** 「「{label}」最多 {n} 字。」 */
  public static String tooLongMessage(String label, int maxLength) {
    return "「" + label + "」最多 " + maxLength + " 字。";
  }

  /** 「「{label}」請從選項中選擇。」 */
  public static String notAChoiceMessage(String label) {
    return "「" + label + "」請從選項中選擇。";
  }

  /** 「「{label}」不是有效的日期。」 */
  public static String notADateMessage(String label) {
    return "「" + label + "」不是有效的日期。";
  }

  /** A required text of a task answer, at most {@code maxLength} characters. */
  public static String requiredText(VariableScope scope, String name, String label, int maxLength) {
    String text = text(scope, name);
    if (text == null) {
      throw refusal(name, requiredMessage(label));
    }
    return optionalText(scope, name, label, maxLength);
  }

  /** An optional text of a task answer (null when blank), at most {@code maxLength} characters. */
  public static String optionalText(VariableScope scope, String name, String label, int maxLength) {
    String text = text(scope, name);
    if (text != null && text.length() > maxLength) {
      throw refusal(name, tooLongMessage(label, maxLength));
    }
    return text;
  }

  /** One of the given values (required). */
  public static String choice(VariableScope scope, String name, String label, Collection<String> choices) {
    String value = text(scope, name);
    if (value == null) {
      throw refusal(name, requiredMessage(label));
    }
    if (!choices.contains(value)) {
      throw refusal(name, notAChoiceMessage(label));
    }
    return value;
  }

  /** A required date: a typed Date, or text starting with YYYY-MM-DD (a date-time keeps its day). */
  public static LocalDate date(VariableScope scope, String name, String label) {
    Object value = scope.getVariable(name);
    if (value instanceof java.util.Date date) {
      return date.toInstant().atZone(RocDates.TAIPEI).toLocalDate();
    }
    String text = text(value);
    if (text == null) {
      throw refusal(name, requiredMessage(label));
    }
    try {
      return LocalDate.parse(text.length() > 10 && text.charAt(10) == 'T' ? text.substring(0, 10) : text);
    } catch (DateTimeParseException e) {
      throw refusal(name, notADateMessage(label));
    }
  }
}
