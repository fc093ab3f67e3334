package tw.gov.securitymeeting.system;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.http.HttpStatus;

/**
 * The variables of a task completion or a process start sent over the engine's REST API, checked
 * before the engine sees them: only the form's fields, only plain value types (text, numbers,
 * booleans, dates, JSON; never a serialized Java object or XML), and no control characters in any
 * text. A bad body is an {@link ApiException} with a Chinese message.
 */
final class SubmittedVariables {

  private static final Set<String> VALUE_TYPES =
      Set.of("string", "boolean", "short", "integer", "long", "double", "date", "json", "null");
  private static final ObjectMapper JSON = new ObjectMapper();

  private SubmittedVariables() {}

  /** The body as JSON (an empty body is an empty object). */
  static JsonNode body(byte[] bytes) {
    if (bytes.length == 0) {
      return JSON.createObjectNode();
    }
    try {
      JsonNode body = JSON.readTree(bytes);
      if (body == null || body.isMissingNode()) {
        return JSON.createObjectNode();
      }
      if (!body.isObject()) {
        throw bad(null, "送出的內容必須是 JSON 物件。");
      }
      return body;
    } catch (IOException notJson) {
      throw bad(null, "送出的內容不是正確的 JSON。");
    }
  }

  /**
   * Checks the body's {@code variables} against the form's fields.
   *
   * @param formName how the refusal names the form (「此待辦的表單」, 「此流程的啟動表單」)
   */
  static void check(JsonNode body, Set<String> fields, String formName) {
    JsonNode variables = body.path("variables");
    if (variables.isMissingNode() || variables.isNull()) {
      return;
    }
    if (!variables.isObject()) {
      throw bad("variables", "「variables」必須是 JSON 物件。");
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = variables.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> variable = it.next();
      String name = variable.getKey();
      if (!fields.contains(name)) {
        throw bad(name, "不接受欄位「" + visible(name) + "」：" + formName + "沒有這個欄位。");
      }
      checkValue(name, variable.getValue());
    }
  }

  /** A text outside the variables (e.g. a business key) holds no control characters. */
  static void checkText(String name, JsonNode value) {
    if (value.isTextual() && ControlCharacters.isPresent(value.asText())) {
      throw bad(name, SubmittedValues.controlCharacters(name));
    }
  }

  private static void checkValue(String name, JsonNode variable) {
    if (!variable.isObject()) {
      throw bad(name, "欄位「" + name + "」的格式不正確：應為 {\"value\": …, \"type\": …}。");
    }
    JsonNode type = variable.path("type");
    if (!type.isMissingNode() && !type.isNull()) {
      if (!type.isTextual() || !VALUE_TYPES.contains(type.asText().toLowerCase(Locale.ROOT))) {
        throw bad(name, "不接受欄位「" + name + "」的型別「" + visible(type.asText()) + "」：只接受文字、數字、布林值、日期與 JSON。");
      }
    }
    String format = variable.path("valueInfo").path("serializationDataFormat").asText("");
    if (format.toLowerCase(Locale.ROOT).contains("java")) {
      throw bad(name, "不接受欄位「" + name + "」：不接受 Java 序列化的物件。");
    }
    JsonNode value = variable.path("value");
    boolean json = type.isTextual() && "json".equalsIgnoreCase(type.asText());
    if (json && value.isTextual()) {
      try {
        value = JSON.readTree(value.asText());
      } catch (JsonProcessingException notJson) {
        throw bad(name, "欄位「" + name + "」不是正確的 JSON。");
      }
    }
    if (hasControlCharacters(value)) {
      throw bad(name, SubmittedValues.controlCharacters(name));
    }
  }

  private static boolean hasControlCharacters(JsonNode value) {
    if (value == null) {
      return false;
    }
    if (value.isTextual()) {
      return ControlCharacters.isPresent(value.asText());
    }
    if (value.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> member = it.next();
        if (ControlCharacters.isPresent(member.getKey()) || hasControlCharacters(member.getValue())) {
          return true;
        }
      }
    }
    if (value.isArray()) {
      for (JsonNode element : value) {
        if (hasControlCharacters(element)) {
          return true;
        }
      }
    }
    return false;
  }

  /** A name as a message may quote it: without control characters, at most 100 characters. */
  private static String visible(String text) {
    String clean = ControlCharacters.strip(text).replaceAll("[\\r\\n\\t]", " ");
    return clean.length() > 100 ? clean.substring(0, 100) + "…" : clean;
  }

  static ApiException bad(String field, String message) {
    return new FieldApiException(HttpStatus.BAD_REQUEST, message, field);
  }

  /** A refusal naming the field it is about. */
  static final class FieldApiException extends ApiException {
    private final String field;

    FieldApiException(HttpStatus status, String message, String field) {
      super(status, EngineRestAnswers.title(status.value()), message);
      this.field = field;
    }

    String field() {
      return field;
    }
  }
}
