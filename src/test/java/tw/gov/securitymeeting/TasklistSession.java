package tw.gov.securitymeeting;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/**
 * A user signed in to Tasklist as a browser is: the webapps' session cookie and the XSRF token sent
 * back as Tasklist sends it, calling the webapps' own engine REST (/camunda/api/engine/engine/default).
 */
public final class TasklistSession {

  private final String base;
  private final CookieManager cookies = new CookieManager();
  private final HttpClient client = HttpClient.newBuilder().cookieHandler(cookies).build();
  private String xsrfToken;

  private TasklistSession(int port) {
    this.base = "http://localhost:" + port;
  }

  public static TasklistSession signIn(int port, String user, String password) throws IOException, InterruptedException {
    TasklistSession session = new TasklistSession(port);
    session.send("GET", "/camunda/app/tasklist/default/", null, null);
    String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password="
        + URLEncoder.encode(password, StandardCharsets.UTF_8);
    HttpResponse<String> login = session.send("POST", "/camunda/api/admin/auth/user/default/login/tasklist", form,
        "application/x-www-form-urlencoded");
    if (login.statusCode() != 200) {
      throw new IllegalStateException("Tasklist sign-in of " + user + " answered " + login.statusCode() + ": " + login.body());
    }
    // Signing in starts a new session: Tasklist's next read brings the new session's token.
    session.engine("GET", "/task/count", null);
    return session;
  }

  /** A call to the engine REST of the webapps, path below /camunda/api/engine/engine/default. */
  public HttpResponse<String> engine(String method, String path, String json) throws IOException, InterruptedException {
    return send(method, "/camunda/api/engine/engine/default" + path, json, "application/json");
  }

  private HttpResponse<String> send(String method, String path, String body, String contentType)
      throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
        .header("Accept", "application/json, text/plain, */*");
    if (contentType != null) {
      request.header("Content-Type", contentType);
    }
    if (xsrfToken != null) {
      request.header("X-XSRF-TOKEN", xsrfToken);
    }
    HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    response.headers().firstValue("X-XSRF-TOKEN").ifPresent(token -> xsrfToken = token);
    for (HttpCookie cookie : cookies.getCookieStore().getCookies()) {
      if ("XSRF-TOKEN".equals(cookie.getName()) && response.headers().firstValue("X-XSRF-TOKEN").isEmpty()) {
        xsrfToken = cookie.getValue();
      }
    }
    return response;
  }
}
