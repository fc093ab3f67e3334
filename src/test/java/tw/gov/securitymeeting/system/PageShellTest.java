package tw.gov.securitymeeting.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import tw.gov.securitymeeting.ApplicationTest;
import tw.gov.securitymeeting.WebappSignIn;

/**
 * The frame of the application's pages over HTTP: a browser that is not signed in goes to the Chinese sign-in page and
 * back; signed in (Basic or the Tasklist session) it sees the navigation bar and its name; the sign-in page sends
 * nobody to another site.
 */
@ApplicationTest
@Import({PageShellTest.ShellPage.class, PageShellTest.ShellLinks.class})
class PageShellTest {

  @LocalServerPort int port;
  final HttpClient client = HttpClient.newHttpClient();

  @Controller
  static class ShellPage {
    @GetMapping("/shell-test")
    String page() {
      return "shell-test";
    }

    @PostMapping("/shell-test")
    @ResponseBody
    String change() {
      return "changed";
    }
  }

  static class ShellLinks {
    @Bean
    PageLinks shellTestLinks() {
      return () -> List.of(new PageLinks.PageLink(10, "測試頁", "/shell-test"));
    }
  }

  @Test
  void shouldSendASignedOutBrowserToTheSignInPageAndBack() throws Exception {
    HttpResponse<String> answer = get("/shell-test?a=1&b=二", null);
    assertThat(answer.statusCode()).isEqualTo(303);
    assertThat(answer.headers().firstValue("Location")).contains("/sign-in?next=%2Fshell-test%3Fa%3D1%26b%3D%25E4%25BA%258C");

    HttpResponse<String> signIn = get("/sign-in?next=%2Fshell-test%3Fa%3D1", null);
    assertThat(signIn.statusCode()).isEqualTo(200);
    assertThat(signIn.body()).contains("<h1>安全維護會報列管系統</h1>", "data-next=\"/shell-test?a=1\"", "type=\"password\"");
  }

  @Test
  void shouldNeverSendTheSignedInUserToAnotherSite() throws Exception {
    for (String next : List.of("https://evil.example/", "//evil.example/x", "/\\evil.example", "javascript:alert(1)", "")) {
      HttpResponse<String> signIn = get("/sign-in?next=" + java.net.URLEncoder.encode(next, StandardCharsets.UTF_8), null);
      assertThat(signIn.body()).as(next).contains("data-next=\"/\"");
    }
    assertThat(SignInPageController.safeNext("/meetings/3?x=1")).isEqualTo("/meetings/3?x=1");
    assertThat(SignInPageController.safeNext("/a\u202Eb")).isEqualTo("/");
  }

  @Test
  void shouldShowTheNavigationBarAndTheUserWhenSignedInWithBasic() throws Exception {
    HttpResponse<String> page = get("/shell-test", basic("chair"));
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("<title>測試頁</title>", "<a href=\"/shell-test\">測試頁</a>",
        "<a href=\"/camunda/app/tasklist/\">待辦清單（Tasklist）</a>", "吳副縣長", "<main>內容在此</main>");
    assertThat(page.body().indexOf("測試頁</a>")).isLessThan(page.body().indexOf("待辦清單（Tasklist）"));
  }

  @Test
  void shouldTakeTheTasklistSessionAndWantItsTokenForChanges() throws Exception {
    String cookie = WebappSignIn.sessionCookie(port, "chair", "demo");
    assertThat(get("/shell-test", cookie).statusCode()).isEqualTo(200);

    HttpResponse<String> withoutToken = client.send(HttpRequest.newBuilder(uri("/shell-test")).header("Cookie", cookie)
        .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(withoutToken.statusCode()).isEqualTo(403);
    assertThat(withoutToken.body()).contains("防偽權杖");
  }

  @Test
  void shouldRefuseAWrongPasswordAndAChangeWithoutSignIn() throws Exception {
    assertThat(get("/shell-test", "Basic " + Base64.getEncoder().encodeToString("nobody-here:wrong".getBytes(StandardCharsets.UTF_8)))
        .statusCode()).isEqualTo(303);
    HttpResponse<String> post = client.send(HttpRequest.newBuilder(uri("/shell-test")).POST(HttpRequest.BodyPublishers.noBody()).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(post.statusCode()).isEqualTo(401);
    assertThat(post.body()).contains("需要登入");
  }

  private HttpResponse<String> get(String path, String credentials) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).GET();
    if (credentials != null) {
      request.header(credentials.startsWith("Basic ") ? "Authorization" : "Cookie", credentials);
    }
    return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private URI uri(String path) {
    return URI.create("http://localhost:" + port + path);
  }

  private static String basic(String user) {
    return "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
  }
}
