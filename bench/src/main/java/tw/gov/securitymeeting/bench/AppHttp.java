package tw.gov.securitymeeting.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** Calls to the application as a user (HTTP Basic), as a client outside it makes them. */
final class AppHttp {

  static final ObjectMapper JSON = new ObjectMapper();

  private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final String base;
  private final String password;

  AppHttp(String base, String password) {
    this.base = base;
    this.password = password;
  }

  String base() {
    return base;
  }

  HttpResponse<byte[]> send(String user, String method, String path, String body, String accept) throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
        .timeout(Duration.ofSeconds(120))
        .header("Accept", accept)
        .header("Authorization", "Basic " + Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
    if (body == null) {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    } else {
      request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
    }
    return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  /** A call that must succeed (2xx); its JSON answer, or null when it has none. */
  JsonNode call(String user, String method, String path, String body) throws IOException, InterruptedException {
    return call(user, method, path, body, "application/json");
  }

  JsonNode call(String user, String method, String path, String body, String accept) throws IOException, InterruptedException {
    HttpResponse<byte[]> answer = send(user, method, path, body, accept);
    if (answer.statusCode() / 100 != 2) {
      throw new IllegalStateException(method + " " + path + " as " + user + ": " + answer.statusCode() + " "
          + new String(answer.body(), StandardCharsets.UTF_8));
    }
    return answer.body().length == 0 || !accept.contains("json") ? null : JSON.readTree(answer.body());
  }

  /** The status of an unauthenticated GET (health). */
  int status(String path) {
    try {
      return client.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(5)).build(),
          HttpResponse.BodyHandlers.discarding()).statusCode();
    } catch (IOException e) {
      return 0;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return 0;
    }
  }
}
