package tw.gov.securitymeeting.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * The engine wraps an exception thrown by a task listener, so Camunda REST answers a refused
 * answer (e.g. a missing 辦理情形) with 500. Our listeners mark such refusals; this filter turns
 * them into 400 with just the Chinese message, for {@code /engine-rest} and for Tasklist's own API.
 */
public class TaskValidationResponseFilter extends OncePerRequestFilter {

  private static final String OPEN = "⟦";
  private static final String CLOSE = "⟦/⟧";
  private static final Pattern MARKED = Pattern.compile("⟦([^⟧]*)⟧(.*?)⟦/⟧", Pattern.DOTALL);
  private static final Pattern COMPLETION = Pattern.compile(
      ".*/(task/[^/]+/(complete|submit-form|resolve|claim|assignee|delegate)|process-definition/(key/)?[^/]+/(submit-form|start))$");

  private final ObjectMapper json = new ObjectMapper();

  /** The message of a refused answer, as listeners throw it. */
  public static String mark(String field, String message) {
    return OPEN + field + "⟧" + message + CLOSE;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !"POST".equals(request.getMethod()) || !COMPLETION.matcher(request.getRequestURI()).matches();
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
    chain.doFilter(request, wrapper);
    // A refused start form already answers 400, but "Cannot instantiate process definition …: ⟦…⟧".
    int status = wrapper.getStatus();
    Matcher refused = status == HttpServletResponse.SC_INTERNAL_SERVER_ERROR || status == HttpServletResponse.SC_BAD_REQUEST
        ? refusal(wrapper) : null;
    if (refused == null) {
      wrapper.copyBodyToResponse();
      return;
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", "FormFieldValidationException");
    body.put("message", refused.group(2));
    body.put("field", refused.group(1));
    wrapper.resetBuffer();
    response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
    response.setContentType("application/json;charset=UTF-8");
    byte[] bytes = json.writeValueAsBytes(body);
    response.setContentLength(bytes.length);
    response.getOutputStream().write(bytes);
  }

  private Matcher refusal(ContentCachingResponseWrapper wrapper) {
    try {
      JsonNode body = json.readTree(new String(wrapper.getContentAsByteArray(), StandardCharsets.UTF_8));
      Matcher matcher = MARKED.matcher(body.path("message").asText(""));
      return matcher.find() ? matcher : null;
    } catch (IOException notJson) {
      return null;
    }
  }
}
