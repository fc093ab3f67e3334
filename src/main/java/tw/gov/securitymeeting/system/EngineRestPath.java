package tw.gov.securitymeeting.system;

import jakarta.servlet.http.HttpServletRequest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A request to the engine's REST API, under either root: {@code /engine-rest} (optionally
 * {@code /engine-rest/engine/{name}}) or the webapps' {@code /camunda/api/engine/engine/{name}} that
 * Tasklist and Cockpit use with their session.
 *
 * @param method the HTTP method
 * @param path the resource path below the root, without leading or trailing slash (e.g. {@code task/1/complete})
 * @param engine the engine named in the path ({@code default} when none)
 */
record EngineRestPath(String method, String path, String engine) {

  private static final Pattern ROOT = Pattern.compile(
      "^(?:/engine-rest(?:/engine/([^/]+))?|/camunda/api/engine/engine/([^/]+))(?:/(.*))?$");

  /** The request's engine path, or null when it is not an engine REST request. */
  static EngineRestPath of(HttpServletRequest request) {
    String full = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
    String normalized = full.replaceAll("/{2,}", "/");
    Matcher matcher = ROOT.matcher(normalized);
    if (!matcher.matches()) {
      return null;
    }
    String engine = matcher.group(1) != null ? matcher.group(1) : matcher.group(2);
    String path = matcher.group(3) == null ? "" : matcher.group(3).replaceAll("/+$", "");
    return new EngineRestPath(request.getMethod(), path, engine == null ? "default" : engine);
  }

  boolean isRead() {
    return "GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method);
  }

  boolean matches(Pattern pattern) {
    return pattern.matcher(path).matches();
  }
}
