package tw.gov.securitymeeting.system;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.spin.Spin;
import org.camunda.spin.json.SpinJsonNode;
import org.camunda.spin.plugin.variable.SpinValues;
import org.camunda.spin.plugin.variable.value.JsonValue;

/**
 * What people submit with a task or a start form, whatever the client: Tasklist's Camunda Forms send
 * JSON values, REST clients strings. Shared by every feature's task listeners and API validators.
 *
 * <p>Each check exists twice with one wording: for a task answer (a {@link VariableScope}; a bad
 * value throws the refusal that {@link TaskValidationResponseFilter} answers with 400) and for an API
 * request (a value and a list of {@link FieldProblem}s; a bad value adds a problem and answers null).
 */
public final class SubmittedValues {

  private static final ObjectMapper JSON = new ObjectMapper();

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
          throw refusal(field, badList(label));
        }
      } else {
        result.addAll(List.of(text.split("[,，、\\s]+")));
      }
    }
    return result.stream().map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
  }

  /**
   * A structured answer (a form's dynamic list, a list of objects) as Jackson reads it, whatever the client sent:
   * Tasklist's JSON, a Java list or map, or a JSON text. Null when missing or blank.
   *
   * @throws IllegalArgumentException when it is not JSON (each caller refuses in its own words)
   */
  public static JsonNode jsonTree(Object value) {
    if (value instanceof Collection<?> || value instanceof Map<?, ?>) {
      return JSON.valueToTree(value);
    }
    String text = value instanceof SpinJsonNode json ? json.toString() : text(value);
    try {
      return text == null ? null : JSON.readTree(text);
    } catch (JsonProcessingException notJson) {
      throw new IllegalArgumentException(notJson);
    }
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
    Instant instant = parseInstant(text, dateAllowed);
    if (!PlausibleDates.contains(instant)) {
      throw new DateTimeParseException("outside " + PlausibleDates.describe(), text, 0);
    }
    return instant;
  }

  private static Instant parseInstant(String text, boolean dateAllowed) {
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

  // ---- One wording per message (the same for task answers and API requests) ----

  public static String missing(String label) {
    return "請填寫「" + label + "」。";
  }

  public static String tooLong(String label, int max) {
    return "「" + label + "」最多 " + max + " 字。";
  }

  public static String notAChoice(String label) {
    return "「" + label + "」請從選項中選擇。";
  }

  public static String notADate(String label) {
    return "「" + label + "」不是有效的日期。";
  }

  public static String notATime(String label) {
    return "「" + label + "」不是有效的日期時間。";
  }

  public static String implausibleDate(String label) {
    return "「" + label + "」須在" + PlausibleDates.describe() + "之間。";
  }

  public static String controlCharacters(String label) {
    return "「" + label + "」含有不允許的控制字元。";
  }

  public static String notOneLine(String label) {
    return "「" + label + "」只能填一行，不可換行。";
  }

  public static String badList(String label) {
    return "「" + label + "」的格式不正確。";
  }

  public static String inTheFuture(String label) {
    return "「" + label + "」不可晚於現在。";
  }

  // ---- Task answers: a bad value throws the refusal (400 in Chinese) ----

  /** A multi-line text of at most max characters that must be filled in. */
  public static String requiredText(VariableScope scope, String name, String label, int max) {
    return checkedText(scope.getVariable(name), name, label, max, true, false, REFUSE);
  }

  public static String optionalText(VariableScope scope, String name, String label, int max) {
    return checkedText(scope.getVariable(name), name, label, max, false, false, REFUSE);
  }

  /** A single-line text (no line breaks) of at most max characters that must be filled in. */
  public static String requiredLine(VariableScope scope, String name, String label, int max) {
    return checkedText(scope.getVariable(name), name, label, max, true, true, REFUSE);
  }

  public static String optionalLine(VariableScope scope, String name, String label, int max) {
    return checkedText(scope.getVariable(name), name, label, max, false, true, REFUSE);
  }

  /** One of the choices (the values, not the labels, of a radio or select), required. */
  public static String choice(VariableScope scope, String name, String label, Collection<String> choices) {
    return checkedChoice(scope.getVariable(name), name, label, choices, REFUSE);
  }

  /** A date (ISO, a date-time's date, or a Date) within the plausible years. */
  public static LocalDate date(VariableScope scope, String name, String label, boolean required) {
    return checkedDate(scope.getVariable(name), name, label, required, REFUSE);
  }

  /** A point in time (see {@link #instant(String, boolean)}) within the plausible years. */
  public static Instant instant(VariableScope scope, String name, String label, boolean required, boolean dateAllowed) {
    return checkedInstant(scope.getVariable(name), name, label, required, dateAllowed, REFUSE);
  }

  /** The ids of a checklist (see {@link #ids(Object, String, String)}), each a clean single line. */
  public static List<String> idList(VariableScope scope, String name, String label) {
    return checkedIds(scope.getVariable(name), name, label, REFUSE);
  }

  // ---- API requests: a bad value adds a problem and answers null ----

  public static String requiredText(Object value, String field, String label, int max, List<FieldProblem> problems) {
    return checkedText(value, field, label, max, true, false, collect(problems));
  }

  public static String optionalText(Object value, String field, String label, int max, List<FieldProblem> problems) {
    return checkedText(value, field, label, max, false, false, collect(problems));
  }

  public static String requiredLine(Object value, String field, String label, int max, List<FieldProblem> problems) {
    return checkedText(value, field, label, max, true, true, collect(problems));
  }

  public static String optionalLine(Object value, String field, String label, int max, List<FieldProblem> problems) {
    return checkedText(value, field, label, max, false, true, collect(problems));
  }

  public static String choice(Object value, String field, String label, Collection<String> choices, List<FieldProblem> problems) {
    return checkedChoice(value, field, label, choices, collect(problems));
  }

  public static LocalDate date(Object value, String field, String label, boolean required, List<FieldProblem> problems) {
    return checkedDate(value, field, label, required, collect(problems));
  }

  public static Instant instant(Object value, String field, String label, boolean required, boolean dateAllowed,
      List<FieldProblem> problems) {
    return checkedInstant(value, field, label, required, dateAllowed, collect(problems));
  }

  public static List<String> ids(Object value, String field, String label, List<FieldProblem> problems) {
    try {
      return checkedIds(value, field, label, collect(problems));
    } catch (FormFieldValidationException notAList) {
      problems.add(new FieldProblem(field, badList(label)));
      return List.of();
    }
  }

  // ---- The checks, written once ----

  /** Where a bad value goes: thrown as a task refusal, or collected for an API answer. */
  private interface Problems {
    void add(String field, String message);
  }

  private static final Problems REFUSE = (field, message) -> {
    throw refusal(field, message);
  };

  private static Problems collect(List<FieldProblem> problems) {
    return (field, message) -> problems.add(new FieldProblem(field, message));
  }

  /** The value as trimmed text; null when missing or blank, which is a problem when the value is required. */
  private static String filledIn(Object value, String field, String label, boolean required, Problems problems) {
    String text = text(value);
    if (text == null && required) {
      problems.add(field, missing(label));
    }
    return text;
  }

  private static String checkedText(Object value, String field, String label, int max, boolean required, boolean singleLine,
      Problems problems) {
    String text = filledIn(value, field, label, required, problems);
    if (text == null) {
      return null;
    }
    if (ControlCharacters.isPresent(text)) {
      problems.add(field, controlCharacters(label));
      return null;
    }
    if (singleLine && ControlCharacters.hasLineBreak(text)) {
      problems.add(field, notOneLine(label));
      return null;
    }
    if (text.length() > max) {
      problems.add(field, tooLong(label, max));
      return null;
    }
    return text;
  }

  private static String checkedChoice(Object value, String field, String label, Collection<String> choices, Problems problems) {
    String text = filledIn(value, field, label, true, problems);
    if (text == null) {
      return null;
    }
    if (!choices.contains(text)) {
      problems.add(field, notAChoice(label));
      return null;
    }
    return text;
  }

  private static LocalDate checkedDate(Object value, String field, String label, boolean required, Problems problems) {
    LocalDate date;
    if (value instanceof Date legacy) {
      date = legacy.toInstant().atZone(RocDates.TAIPEI).toLocalDate();
    } else if (value instanceof LocalDate local) {
      date = local;
    } else {
      String text = filledIn(value, field, label, required, problems);
      if (text == null) {
        return null;
      }
      try {
        date = LocalDate.parse(text.length() > 10 && text.charAt(10) == 'T' ? text.substring(0, 10) : text);
      } catch (DateTimeParseException notADate) {
        problems.add(field, notADate(label));
        return null;
      }
    }
    if (!PlausibleDates.contains(date)) {
      problems.add(field, implausibleDate(label));
      return null;
    }
    return date;
  }

  private static Instant checkedInstant(Object value, String field, String label, boolean required, boolean dateAllowed,
      Problems problems) {
    Instant instant;
    if (value instanceof Date legacy) {
      instant = legacy.toInstant();
    } else {
      String text = filledIn(value, field, label, required, problems);
      if (text == null) {
        return null;
      }
      try {
        instant = parseInstant(text, dateAllowed);
      } catch (DateTimeParseException notATime) {
        problems.add(field, notATime(label));
        return null;
      }
    }
    if (!PlausibleDates.contains(instant)) {
      problems.add(field, implausibleDate(label));
      return null;
    }
    return instant;
  }

  private static List<String> checkedIds(Object value, String field, String label, Problems problems) {
    List<String> ids = ids(value, field, label);
    for (String id : ids) {
      if (ControlCharacters.isPresent(id) || ControlCharacters.hasLineBreak(id)) {
        problems.add(field, controlCharacters(label));
        return List.of();
      }
    }
    return ids;
  }

  /** A date and time (ISO, Taipei time when without an offset; not a bare date); null when blank or bad. */
  public static Instant time(Object value, String field, String label, boolean required, List<FieldProblem> problems) {
    return checkedInstant(value, field, label, required, false, collect(problems));
  }

  /**
   * A required date and time that has already happened: not later than now plus {@code leeway} (for a
   * clock a little ahead of the server's); null when blank or bad, and the time, with a problem, when later.
   */
  public static Instant pastTime(Object value, String field, String label, Duration leeway, List<FieldProblem> problems) {
    Instant at = time(value, field, label, true, problems);
    if (at != null && at.isAfter(RocDates.now().plus(leeway))) {
      problems.add(new FieldProblem(field, inTheFuture(label)));
    }
    return at;
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

  /**
   * A whole number between {@code min} and {@code max} from a query parameter (a page number, a page size): absent
   * gives {@code absent}; anything else adds a problem in one wording and gives {@code absent}.
   */
  public static int wholeNumber(String value, String field, String label, int absent, int min, int max,
      List<FieldProblem> problems) {
    if (value == null || value.isBlank()) {
      return absent;
    }
    Integer number = integer(value);
    if (number == null || number < min || number > max) {
      problems.add(new FieldProblem(field, "「" + label + "」必須是 " + min + " 到 " + max + " 之間的整數。"));
      return absent;
    }
    return number;
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
