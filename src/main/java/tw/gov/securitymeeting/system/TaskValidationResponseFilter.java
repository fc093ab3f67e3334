package tw.gov.securitymeeting.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The engine's REST API answers in English, and wraps an exception thrown by a task listener, so a
 * refused answer (e.g. a missing 辦理情形) would be a 500. Under both REST roots this filter:
 * <ul>
 *   <li>turns a refusal our listeners marked ({@link #mark}) into a 400 with just the Chinese message;
 *   <li>turns the engine's answers to a caller's mistake into Chinese: every 4xx, and the 500s that
 *       are a caller's mistake (a task claimed by someone else, changed meanwhile, not found);
 *   <li>logs each such refusal in one WARN line; a real 500 stays as the engine answered and logged it.
 * </ul>
 * Only an error's body is held back and read; a success (and a 401) goes out as the engine writes it,
 * without a copy or a JSON parse ({@link ErrorBodyResponse}).
 */
public class TaskValidationResponseFilter extends OncePerRequestFilter {

  private static final String OPEN = "⟦";
  private static final String CLOSE = "⟦/⟧";
  private static final Pattern MARKED = Pattern.compile("⟦([^⟧]*)⟧(.*?)⟦/⟧", Pattern.DOTALL);

  private final ObjectMapper json = new ObjectMapper();

  /** The message of a refused answer, as listeners throw it. */
  public static String mark(String field, String message) {
    return OPEN + field + "⟧" + message + CLOSE;
  }

  /** Whether a message (of an exception or an answer) carries a marked refusal. */
  static boolean isMarked(String message) {
    return message != null && message.contains(OPEN) && message.contains(CLOSE);
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return EngineRestPath.of(request) == null;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    ErrorBodyResponse wrapper = new ErrorBodyResponse(response);
    chain.doFilter(request, wrapper);
    if (!wrapper.heldBack()) {
      return;
    }
    int status = wrapper.getStatus();
    // An answer already sent (sendError, e.g. the webapps' CSRF filter) cannot be rewritten.
    if (request.getAttribute(EngineRestAnswers.ANSWERED) != null || status < 400 || status == 401 || response.isCommitted()) {
      wrapper.copyBodyToResponse();
      return;
    }
    JsonNode body = engineAnswer(wrapper);
    String message = body == null ? "" : body.path("message").asText("");
    String type = body == null ? "" : body.path("type").asText("");
    Matcher refused = MARKED.matcher(message);
    int answer;
    String chinese;
    String field = null;
    if ((status == 500 || status == 400) && refused.find()) {
      answer = 400;
      chinese = refused.group(2);
      field = refused.group(1);
    } else if (status < 500 && "GET".equals(request.getMethod())
        && request.getRequestURI().startsWith(request.getContextPath() + "/camunda/")) {
      // Tasklist recognises a vanished task by the engine's own 404 text (「此任務已不存在」): its reads stay as answered.
      wrapper.copyBodyToResponse();
      return;
    } else if (status < 500) {
      answer = status;
      chinese = keptOr(message, answer);
    } else if (callersMistake(type) != 0) {
      answer = callersMistake(type);
      chinese = keptOr(message, answer);
    } else {
      wrapper.copyBodyToResponse();
      return;
    }
    Object caller = request.getAttribute(EngineRestGuard.CALLER);
    EngineRestAnswers.logRefusal(request, caller, answer, field == null ? type + " " + message : chinese);
    EngineRestAnswers.write(response, answer, chinese, field);
  }

  private JsonNode engineAnswer(ErrorBodyResponse wrapper) {
    try {
      JsonNode body = json.readTree(wrapper.getContentAsByteArray());
      return body != null && body.isObject() ? body : null;
    } catch (IOException notJson) {
      return null;
    }
  }

  /** The status of a 500 that is a caller's mistake; 0 when it is the server's. */
  private static int callersMistake(String type) {
    return switch (type) {
      case "TaskAlreadyClaimedException", "OptimisticLockingException" -> 409;
      case "NotFoundException", "NullValueException" -> 404;
      case "BadUserRequestException", "NotValidException", "FormFieldValidationException" -> 400;
      default -> 0;
    };
  }

  /** The engine's message when it is already Chinese (our own refusals, e.g. the password rule), else the status's. */
  private static String keptOr(String message, int status) {
    boolean han = message.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    return han ? message : chinese(status);
  }

  private static String chinese(int status) {
    return switch (status) {
      case 400 -> "送出的資料有誤，資料未變更。";
      case 403 -> "您的帳號沒有執行這項操作的權限。";
      case 404 -> "找不到資料：可能已處理完畢、已結束或已刪除。";
      case 405 -> "此網址不接受這種要求。";
      case 409 -> "資料已由他人處理或變更，請重新整理後再試。";
      case 413 -> "送出的資料過大。";
      case 415 -> "送出的內容格式不正確，請以 JSON 送出。";
      default -> "要求無法處理，資料未變更。";
    };
  }

  /**
   * A response that passes a success (and a 401) straight to the client and holds back the body of any other
   * error, for the filter to read and rewrite. Whether the body is held back is decided by the status when
   * the body starts (the engine's REST API sets it first); a held-back body's length is not announced.
   */
  static final class ErrorBodyResponse extends HttpServletResponseWrapper {

    private final ByteArrayOutputStream body = new ByteArrayOutputStream();
    private int status = SC_OK;
    private Boolean holding;
    private ServletOutputStream stream;
    private PrintWriter writer;

    ErrorBodyResponse(HttpServletResponse response) {
      super(response);
    }

    private boolean holding() {
      if (holding == null) {
        holding = status >= 400 && status != SC_UNAUTHORIZED;
      }
      return holding;
    }

    private boolean errorStatus() {
      return holding != null ? holding : status >= 400 && status != SC_UNAUTHORIZED;
    }

    /** Whether a body was held back (then the filter must write the answer). */
    boolean heldBack() {
      return Boolean.TRUE.equals(holding) || (holding == null && errorStatus());
    }

    @Override
    public void setStatus(int sc) {
      status = sc;
      super.setStatus(sc);
    }

    @Override
    public int getStatus() {
      return status;
    }

    @Override
    public void sendError(int sc) throws IOException {
      status = sc;
      holding = false;
      super.sendError(sc);
    }

    @Override
    public void sendError(int sc, String msg) throws IOException {
      status = sc;
      holding = false;
      super.sendError(sc, msg);
    }

    @Override
    public void setContentLength(int len) {
      if (!errorStatus()) {
        super.setContentLength(len);
      }
    }

    @Override
    public void setContentLengthLong(long len) {
      if (!errorStatus()) {
        super.setContentLengthLong(len);
      }
    }

    @Override
    public void setHeader(String name, String value) {
      if (!(errorStatus() && "Content-Length".equalsIgnoreCase(name))) {
        super.setHeader(name, value);
      }
    }

    @Override
    public void addHeader(String name, String value) {
      if (!(errorStatus() && "Content-Length".equalsIgnoreCase(name))) {
        super.addHeader(name, value);
      }
    }

    @Override
    public void setIntHeader(String name, int value) {
      if (!(errorStatus() && "Content-Length".equalsIgnoreCase(name))) {
        super.setIntHeader(name, value);
      }
    }

    @Override
    public ServletOutputStream getOutputStream() throws IOException {
      if (!holding()) {
        return super.getOutputStream();
      }
      if (stream == null) {
        stream = new ServletOutputStream() {
          @Override
          public void write(int b) {
            body.write(b);
          }

          @Override
          public void write(byte[] b, int off, int len) {
            body.write(b, off, len);
          }

          @Override
          public boolean isReady() {
            return true;
          }

          @Override
          public void setWriteListener(WriteListener listener) {
            throw new UnsupportedOperationException();
          }
        };
      }
      return stream;
    }

    @Override
    public PrintWriter getWriter() throws IOException {
      if (!holding()) {
        return super.getWriter();
      }
      if (writer == null) {
        writer = new PrintWriter(new OutputStreamWriter(body, Charset.forName(getCharacterEncoding())));
      }
      return writer;
    }

    @Override
    public void flushBuffer() throws IOException {
      if (!heldBack()) {
        super.flushBuffer();
      }
    }

    @Override
    public void resetBuffer() {
      body.reset();
      if (!heldBack()) {
        super.resetBuffer();
      }
    }

    byte[] getContentAsByteArray() {
      if (writer != null) {
        writer.flush();
      }
      return body.toByteArray();
    }

    /** Writes the held-back body unchanged. */
    void copyBodyToResponse() throws IOException {
      byte[] bytes = getContentAsByteArray();
      if (bytes.length > 0) {
        HttpServletResponse response = (HttpServletResponse) getResponse();
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
      }
    }
  }
}
