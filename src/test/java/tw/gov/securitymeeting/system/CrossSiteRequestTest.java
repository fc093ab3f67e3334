package tw.gov.securitymeeting.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tw.gov.securitymeeting.ApplicationTest;
import tw.gov.securitymeeting.WebappSignIn;

/**
 * Over HTTP against the running application, as a browser on another site would try: no Basic
 * challenge, no state-changing request from another origin, and the Tasklist session on /api only
 * with its CSRF token. curl-style calls (Basic, no Origin) keep working.
 */
@ApplicationTest
class CrossSiteRequestTest {

  static final String EVIL = "https://evil.example";

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;
  @Autowired RepositoryService repositoryService;
  final HttpClient client = HttpClient.newHttpClient();
  final ObjectMapper json = new ObjectMapper();

  @Test
  void shouldAnswer401WithoutABasicChallengeAndInChinese() throws Exception {
    for (String path : new String[] {"/api/publications", "/engine-rest/task", "/api/session"}) {
      // A wrong password holds a user's sign-ins back for a while, also for other test classes: an account that does not exist.
      for (String authorization : new String[] {null, basic("no-such-user", "wrong"), "Bearer x", "Basic !!!"}) {
        HttpRequest.Builder request = request(path);
        if (authorization != null) {
          request.header("Authorization", authorization);
        }
        HttpResponse<String> response = send(request.GET());
        assertThat(response.statusCode()).as(path).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).as(path).isEmpty();
        assertThat(response.headers().firstValue("Content-Type")).get().asString().startsWith("application/problem+json");
        assertThat(json.readTree(response.body()).path("detail").asText()).startsWith("請先登入。");
      }
    }
  }

  @Test
  void shouldRefuseANoticeSentFromAnotherSiteAndStoreNothing() throws Exception {
    long before = publications();
    for (String[] header : new String[][] {{"Origin", EVIL}, {"Referer", EVIL + "/form.html"}, {"Origin", "null"},
        {"Origin", "http://localhost:" + (port + 1)}, {"Origin", "https://localhost:" + port}}) {
      HttpResponse<String> response = send(notice(basic("education-clerk", "demo")).header(header[0], header[1]));
      assertThat(response.statusCode()).as(header[1]).isEqualTo(403);
      assertThat(json.readTree(response.body()).path("detail").asText()).contains("來自其他網站");
    }
    assertThat(publications()).isEqualTo(before);
  }

  @Test
  void shouldRefuseADeploymentFromAnotherSiteBeforeCheckingThePassword() throws Exception {
    long before = repositoryService.createDeploymentQuery().count();
    HttpResponse<String> evil = send(deployment(basic("admin", "demo")).header("Origin", EVIL));
    assertThat(evil.statusCode()).isEqualTo(403);
    assertThat(json.readTree(evil.body()).path("title").asText()).isEqualTo("拒絕跨站請求");
    // Refused before sign-in: a wrong password from another site is not even tried.
    assertThat(send(deployment(basic("admin", "wrong")).header("Origin", EVIL)).statusCode()).isEqualTo(403);
    assertThat(repositoryService.createDeploymentQuery().count()).isEqualTo(before);
  }

  @Test
  void shouldAcceptTheApplicationsOwnOriginAndCallsWithoutOne() throws Exception {
    for (String origin : new String[] {"http://localhost:" + port, "http://LOCALHOST:" + port + "/", null}) {
      HttpRequest.Builder request = deployment(basic("admin", "demo"));
      if (origin != null) {
        request.header("Origin", origin);
      }
      HttpResponse<String> response = send(request);
      assertThat(response.statusCode()).as(String.valueOf(origin)).isEqualTo(200);
      repositoryService.deleteDeployment(json.readTree(response.body()).path("id").asText(), true);
    }
    // app.public-base-url (http://localhost:8080 by default), as behind a reverse proxy.
    HttpResponse<String> viaPublicUrl = send(notice(basic("education-clerk", "demo")).header("Referer", "http://localhost:8080/uploads.html"));
    assertThat(viaPublicUrl.statusCode()).isEqualTo(201);
    HttpResponse<String> sameOrigin = send(notice(basic("education-clerk", "demo")).header("Origin", "http://localhost:" + port));
    assertThat(sameOrigin.statusCode()).isEqualTo(201);
    assertThat(send(notice(basic("education-clerk", "demo"))).statusCode()).isEqualTo(201);
  }

  @Test
  void shouldLetTheTasklistSessionReadButChangeOnlyWithItsCsrfToken() throws Exception {
    String cookie = WebappSignIn.sessionCookie(port, "education-clerk", "demo");
    HttpResponse<String> session = send(request("/api/session").header("Cookie", cookie).GET());
    assertThat(session.statusCode()).isEqualTo(200);
    JsonNode me = json.readTree(session.body());
    assertThat(me.path("userId").asText()).isEqualTo("education-clerk");
    assertThat(me.path("via").asText()).isEqualTo("WEBAPP_SESSION");
    assertThat(me.path("units").toString()).isEqualTo("[{\"id\":\"education\",\"name\":\"教育處\"}]");
    String token = me.path("csrfToken").asText();
    assertThat(token).isNotBlank();
    assertThat(send(request("/api/publications").header("Cookie", cookie).GET()).statusCode()).isEqualTo(200);

    long before = publications();
    HttpResponse<String> withoutToken = send(notice(null).header("Cookie", cookie));
    assertThat(withoutToken.statusCode()).isEqualTo(403);
    assertThat(json.readTree(withoutToken.body()).path("detail").asText()).contains("X-XSRF-TOKEN");
    assertThat(send(notice(null).header("Cookie", cookie).header("X-XSRF-TOKEN", "not-" + token)).statusCode()).isEqualTo(403);
    assertThat(send(notice(null).header("Cookie", cookie).header("X-XSRF-TOKEN", token).header("Origin", EVIL)).statusCode())
        .isEqualTo(403);
    assertThat(publications()).isEqualTo(before);

    HttpResponse<String> withToken = send(notice(null).header("Cookie", cookie).header("X-XSRF-TOKEN", token)
        .header("Origin", "http://localhost:" + port));
    assertThat(withToken.statusCode()).isEqualTo(201);
    long id = json.readTree(withToken.body()).path("id").asLong();
    assertThat(jdbc.queryForObject("select drafter from app_publication where id = ?", String.class, id)).isEqualTo("education-clerk");
  }

  @Test
  void shouldNotAcceptTheTasklistSessionOnEngineRest() throws Exception {
    String cookie = WebappSignIn.sessionCookie(port, "education-clerk", "demo");
    assertThat(send(request("/engine-rest/task").header("Cookie", cookie).GET()).statusCode()).isEqualTo(401);
  }

  @Test
  void shouldNotFallBackToTheSessionWhenBasicIsWrong() throws Exception {
    String cookie = WebappSignIn.sessionCookie(port, "education-clerk", "demo");
    assertThat(send(request("/api/publications").header("Cookie", cookie).header("Authorization", basic("no-such-user", "wrong")).GET())
        .statusCode()).isEqualTo(401);
  }

  @Test
  void shouldAnswerTheSessionToABasicCallerWithoutAToken() throws Exception {
    JsonNode me = json.readTree(send(request("/api/session").header("Authorization", basic("admin", "demo")).GET()).body());
    assertThat(me.path("via").asText()).isEqualTo("BASIC");
    assertThat(me.path("csrfToken").isNull()).isTrue();
    assertThat(me.path("units").size()).isEqualTo(6);
  }

  private HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
  }

  private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
    return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private HttpRequest.Builder notice(String authorization) {
    String boundary = "----" + UUID.randomUUID();
    StringBuilder body = new StringBuilder();
    String[][] fields = {{"title", "跨站測試 " + UUID.randomUUID()}, {"noticeText", "本處將舉辦親子閱讀活動。"},
        {"targetUrl", "https://www.example.gov.tw/news"}, {"unit", "education"}, {"desiredDate", RocDates.today().plusDays(1).toString()}};
    for (String[] field : fields) {
      body.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"").append(field[0])
          .append("\"\r\n\r\n").append(field[1]).append("\r\n");
    }
    body.append("--").append(boundary).append("--\r\n");
    HttpRequest.Builder request = request("/api/publications").header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8));
    return authorization == null ? request : request.header("Authorization", authorization);
  }

  private HttpRequest.Builder deployment(String authorization) {
    String boundary = "----" + UUID.randomUUID();
    String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"deployment-name\"\r\n\r\norigin-check\r\n"
        + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"origin-check.txt\"; filename=\"origin-check.txt\"\r\n"
        + "Content-Type: text/plain\r\n\r\n" + UUID.randomUUID() + "\r\n--" + boundary + "--\r\n";
    return request("/engine-rest/deployment/create").header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .header("Authorization", authorization).POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
  }

  private long publications() {
    return jdbc.queryForObject("select count(*) from app_publication", Long.class);
  }

  private static String basic(String user, String password) {
    return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }
}
