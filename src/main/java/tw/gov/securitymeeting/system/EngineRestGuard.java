package tw.gov.securitymeeting.system;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The engine's REST API accepts from a client only what a person may fill in. Under both roots
 * ({@link EngineRestPath}):
 * <ul>
 *   <li>completing a task ({@code complete}, {@code submit-form}, {@code resolve}) or starting a
 *       process ({@code start}, {@code submit-form}) accepts only the variables its Camunda Form
 *       defines ({@link FormFields}), of plain types, without control characters
 *       ({@link SubmittedVariables}); an unknown or finished task, or an unknown process, is a 404;
 *   <li>changing variables directly, messages, signals, modification, migration, deployments, jobs,
 *       incidents and batches are for {@code camunda-admin} only (403).
 * </ul>
 * Each refusal is answered in Chinese before the engine sees the request and logs one WARN line.
 */
class EngineRestGuard extends OncePerRequestFilter {

  static final int MAX_BODY = 2 * 1024 * 1024;
  /** The request attribute naming the caller, for the log line of a refusal. */
  static final String CALLER = EngineRestGuard.class.getName() + ".caller";

  private static final Pattern TASK_ANSWER = Pattern.compile("task/([^/]+)/(complete|submit-form|resolve)");
  private static final Pattern START = Pattern.compile(
      "process-definition/(?:key/([^/]+)(?:/tenant-id/([^/]+))?|([^/]+))/(start|submit-form)");
  private static final List<Pattern> ADMIN_ONLY = List.of(
      Pattern.compile("(task|process-instance)/[^/]+/(variables|localVariables)(/.*)?"),
      Pattern.compile("execution/[^/]+/(localVariables(/.*)?|signal|messageSubscriptions/.*)"),
      Pattern.compile("message(/.*)?|signal|condition"),
      Pattern.compile("process-instance/[^/]+/(modification|modification-async|suspended)"),
      Pattern.compile("process-instance/(suspended|suspended-async|variables-async|job-retries.*)"),
      Pattern.compile("process-definition/.+/(restart|restart-async|suspended)|process-definition/suspended"),
      Pattern.compile("(migration|modification|job|job-definition|external-task|incident|batch)/.+"),
      Pattern.compile("deployment/.+"));

  private final IdentityService identityService;
  private final FormFields formFields;

  EngineRestGuard(IdentityService identityService, FormFields formFields) {
    this.identityService = identityService;
    this.formFields = formFields;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    EngineRestPath path = EngineRestPath.of(request);
    return path == null;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    EngineRestPath path = EngineRestPath.of(request);
    EngineCaller caller = EngineCaller.of(request, identityService, path.engine());
    request.setAttribute(CALLER, caller);
    if (!caller.isSignedIn() || path.isRead()) {
      chain.doFilter(request, response);
      return;
    }
    if (!caller.isAdmin() && ADMIN_ONLY.stream().anyMatch(path::matches)) {
      EngineRestAnswers.refuse(request, response, caller, 403,
          "這項操作只限系統管理者（camunda-admin）：請由待辦的表單送出資料。", null);
      return;
    }
    Matcher task = TASK_ANSWER.matcher(path.path());
    Matcher start = START.matcher(path.path());
    if (!"POST".equals(request.getMethod()) || !(task.matches() || start.matches())) {
      chain.doFilter(request, response);
      return;
    }
    byte[] bytes = request.getInputStream().readNBytes(MAX_BODY + 1);
    try {
      if (bytes.length > MAX_BODY) {
        throw new ApiException(org.springframework.http.HttpStatus.PAYLOAD_TOO_LARGE, "資料過大", "送出的資料超過 2 MB。");
      }
      JsonNode body = SubmittedVariables.body(bytes);
      if (task.matches()) {
        checkTaskAnswer(task.group(1), body);
      } else {
        checkStart(start, body, caller);
      }
    } catch (ApiException refused) {
      String field = refused instanceof SubmittedVariables.FieldApiException f ? f.field() : null;
      EngineRestAnswers.refuse(request, response, caller, refused.status().value(), refused.getMessage(), field);
      return;
    }
    chain.doFilter(new CachedBody(request, bytes), response);
  }

  private void checkTaskAnswer(String taskId, JsonNode body) {
    Set<String> fields = formFields.ofTask(taskId)
        .orElseThrow(() -> ApiException.notFound("找不到這項待辦（編號 " + taskId + "）：可能已由他人完成或已結束。"));
    SubmittedVariables.check(body, fields, "此待辦的表單");
  }

  private void checkStart(Matcher start, JsonNode body, EngineCaller caller) {
    String definitionId = start.group(3);
    if (definitionId == null) {
      String key = start.group(1);
      definitionId = formFields.latestDefinitionId(key, start.group(2))
          .orElseThrow(() -> ApiException.notFound("找不到流程「" + key + "」。"));
    }
    String id = definitionId;
    Optional<Set<String>> fields = formFields.ofStart(id);
    if (fields.isEmpty()) {
      throw ApiException.notFound("找不到流程定義（編號 " + id + "）。");
    }
    for (String option : List.of("startInstructions", "skipCustomListeners", "skipIoMappings", "caseInstanceId")) {
      if (body.has(option) && !body.get(option).isNull() && !caller.isAdmin()) {
        throw ApiException.forbidden("「" + option + "」只限系統管理者（camunda-admin）使用。");
      }
    }
    SubmittedVariables.checkText("businessKey", body.path("businessKey"));
    SubmittedVariables.check(body, fields.get(), "此流程的啟動表單");
  }

  /** The request with its body read once and handed on unchanged. */
  private static final class CachedBody extends HttpServletRequestWrapper {
    private final byte[] body;

    CachedBody(HttpServletRequest request, byte[] body) {
      super(request);
      this.body = body;
    }

    @Override
    public ServletInputStream getInputStream() {
      ByteArrayInputStream in = new ByteArrayInputStream(body);
      return new ServletInputStream() {
        @Override
        public int read() {
          return in.read();
        }

        @Override
        public int read(byte[] b, int off, int len) {
          return in.read(b, off, len);
        }

        @Override
        public boolean isFinished() {
          return in.available() == 0;
        }

        @Override
        public boolean isReady() {
          return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
          throw new UnsupportedOperationException();
        }
      };
    }

    @Override
    public BufferedReader getReader() {
      String encoding = getCharacterEncoding() == null ? StandardCharsets.UTF_8.name() : getCharacterEncoding();
      return new BufferedReader(new InputStreamReader(getInputStream(), java.nio.charset.Charset.forName(encoding)));
    }

    @Override
    public int getContentLength() {
      return body.length;
    }

    @Override
    public long getContentLengthLong() {
      return body.length;
    }
  }
}
