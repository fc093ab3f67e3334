package tw.gov.securitymeeting.system;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A refusal of an engine REST call, in the shape Camunda's clients read (Tasklist shows
 * {@code message}) with the problem-detail members beside it; and its one WARN line in the log.
 */
final class EngineRestAnswers {

  /** Set on a request once the boundary has answered it, so no later filter rewrites the answer. */
  static final String ANSWERED = EngineRestAnswers.class.getName() + ".answered";

  private static final Logger log = LoggerFactory.getLogger(EngineRestAnswers.class);
  private static final ObjectMapper JSON = new ObjectMapper();

  private EngineRestAnswers() {}

  static void refuse(HttpServletRequest request, HttpServletResponse response, EngineCaller caller, int status,
      String message, String field) throws IOException {
    logRefusal(request, caller, status, message);
    write(response, status, message, field);
    request.setAttribute(ANSWERED, Boolean.TRUE);
  }

  static void logRefusal(HttpServletRequest request, Object caller, int status, String reason) {
    log.warn("拒絕 {} {}（使用者 {}）：{} {}", request.getMethod(), request.getRequestURI(), caller, status,
        reason.replaceAll("[\\r\\n]+", " "));
  }

  static void write(HttpServletResponse response, int status, String message, String field) throws IOException {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", field != null && status == 400 ? "FormFieldValidationException" : type(status));
    body.put("title", title(status));
    body.put("status", status);
    body.put("message", message);
    body.put("detail", message);
    if (field != null) {
      body.put("field", field);
    }
    byte[] bytes = JSON.writeValueAsBytes(body);
    response.resetBuffer();
    response.setStatus(status);
    response.setContentType("application/json;charset=UTF-8");
    response.setContentLength(bytes.length);
    response.getOutputStream().write(bytes);
  }

  private static String type(int status) {
    return switch (status) {
      case 403 -> "AuthorizationException";
      case 404 -> "NotFoundException";
      default -> "InvalidRequestException";
    };
  }

  static String title(int status) {
    return switch (status) {
      case 401 -> "需要登入";
      case 403 -> "沒有權限";
      case 404 -> "找不到資料";
      case 409 -> "資料已變更";
      case 413 -> "資料過大";
      default -> status >= 500 ? "系統錯誤" : "資料有誤";
    };
  }
}
