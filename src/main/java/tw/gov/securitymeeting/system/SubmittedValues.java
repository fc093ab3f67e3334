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

  // --- Checked values, one wording for every feature. Problems are collected, so that an answer names every
  // bad field at once; refusal(problems) turns them into a 400 for a task or a start form, an API throws
  // InvalidRequestException.

  /** Required text of at most {@code max} characters; null (and a problem) otherwise. */
  public static String requiredText(Object value, String field, String label, int max, List<FieldProblem> problems) {
    String text = text(value);
    if (text == null) {
      problems.add(new FieldProblem(field, "請填寫「" + label + "」。"));
      return null;
    }
    return optionalText(text, field, label, max, problems);
  }

  /** Optional text of at most {@code max} characters; null when blank or too long (then with a problem). */
  public static String optionalText(Object value, String field, String label, int max, List<FieldProblem> problems) {
    String text = text(value);
    if (text != null && text.length() > max) {
      problems.add(new FieldProblem(field, "「" + label + "」最多 " + max + " 字。"));
      return null;
    }
    return text;
  }

  /** A required choice among {@code choices}; null (and a problem) otherwise. */
  public static String choice(Object value, String field, String label, Collection<String> choices,
      List<FieldProblem> problems) {
    String text = text(value);
    if (text == null) {
      problems.add(new FieldProblem(field, "請填寫「" + label + "」。"));
      return null;
    }
    if (!choices.contains(text)) {
      problems.add(new FieldProblem(field, "「" + label + "」請從選項中選擇。"));
      return null;
    }
    return text;
  }

  /** A date (ISO, or the date part of a date-time as date pickers send it); null when blank or bad. */
  public static LocalDate date(Object value, String field, String label, boolean required, List<FieldProblem> problems) {
    if (value instanceof java.util.Date date) {
      return date.toInstant().atZone(RocDates.TAIPEI).toLocalDate();
    }
    String text = text(value);
    if (text == null) {
      if (required) {
        problems.add(new FieldProblem(field, "請填寫「" + label + "」。"));
      }
      return null;
    }
    try {
      return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
    } catch (DateTimeParseException notADate) {
      problems.add(new FieldProblem(field, "「" + label + "」不是有效的日期。"));
      return null;
    }
  }

  /** A date and time (ISO, Taipei time when without an offset; not a bare date); null when blank or bad. */
  public static Instant time(Object value, String field, String label, boolean required, List<FieldProblem> problems) {
    if (value instanceof java.util.Date date) {
      return date.toInstant();
    }
    String text = text(value);
    if (text == null) {
      if (required) {
        problems.add(new FieldProblem(field, "請填寫「" + label + "」。"));
      }
      return null;
    }
    try {
      return instant(text, false);
    } catch (DateTimeParseException notATime) {
      problems.add(new FieldProblem(field, "「" + label + "」不是有效的日期時間。"));
      return null;
    }
  }

  /** A ticked checkbox: true as a Boolean, a JSON boolean or the text "true". */
  public static boolean isTrue(Object value) {
    if (value instanceof Boolean b) {
      return b;
    }
    if (value instanceof SpinJsonNode json && json.isBoolean()) {
      return json.boolValue();
    }
    return value != null && "true".equalsIgnoreCase(value.toString().strip());
  }

  /** A whole number as a Number, a JSON number or a text; null when it is none. */
  public static Integer integer(Object value) {
    if (value instanceof Number n) {
      return n.intValue();
    }
    if (value instanceof SpinJsonNode json && json.isNumber()) {
      return json.numberValue().intValue();
    }
    String text = text(value);
    if (text == null) {
      return null;
    }
    try {
      return Integer.valueOf(text);
    } catch (NumberFormatException notANumber) {
      return null;
    }
  }

  /** Every problem of a task answer or a start form as one refusal (a 400 naming each field). */
  public static FormFieldValidationException refusal(List<FieldProblem> problems) {
    String fields = String.join(",", problems.stream().map(FieldProblem::field).distinct().toList());
    String message = String.join("\n", problems.stream().map(FieldProblem::message).toList());
    return refusal(fields, message);
  }

  /** Throws the refusal of a task answer or start form if there are problems. */
  public static void refuseIf(List<FieldProblem> problems) {
    if (!problems.isEmpty()) {
      throw refusal(problems);
    }
  }
}
