package tw.gov.securitymeeting;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/**
 * Signs in to the Camunda webapps over HTTP as Tasklist does (its CSRF token, then the login form) and
 * hands back the session cookie, for tests of what the application accepts from that session.
 */
public final class WebappSignIn {

  private WebappSignIn() {}

  /** The {@code Cookie} header value of a fresh webapps session signed in as this user. */
  public static String sessionCookie(int port, String user, String password) throws IOException, InterruptedException {
    String base = "http://localhost:" + port;
    CookieManager cookies = new CookieManager();
    HttpClient client = HttpClient.newBuilder().cookieHandler(cookies).build();
    HttpResponse<String> page = client.send(HttpRequest.newBuilder(URI.create(base + "/camunda/api/admin/auth/user/default")).build(),
        HttpResponse.BodyHandlers.ofString());
    String token = page.headers().firstValue("X-XSRF-TOKEN").orElseThrow(() -> new IllegalStateException("no CSRF token"));
    String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
    HttpResponse<String> login = client.send(HttpRequest.newBuilder(URI.create(base + "/camunda/api/admin/auth/user/default/login/tasklist"))
        .header("Content-Type", "application/x-www-form-urlencoded").header("X-XSRF-TOKEN", token)
        .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    if (login.statusCode() != 200) {
      throw new IllegalStateException("sign-in as " + user + " answered " + login.statusCode() + ": " + login.body());
    }
    // After sign-in the session is a new one; the webapps give it a CSRF token on its next request, as Tasklist makes.
    client.send(HttpRequest.newBuilder(URI.create(base + "/camunda/api/admin/auth/user/default")).build(), HttpResponse.BodyHandlers.ofString());
    return cookies.getCookieStore().get(URI.create(base + "/api/session")).stream()
        .filter(c -> c.getName().equals("JSESSIONID")).findFirst().map(c -> "JSESSIONID=" + c.getValue())
        .orElseThrow(() -> new IllegalStateException("no session cookie"));
  }
}
