package tw.gov.securitymeeting.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tw.gov.securitymeeting.ApplicationTest;
import tw.gov.securitymeeting.WebappSignIn;

/**
 * 資安事件 as pages over HTTP: the list with its status filter, one incident with its steps, evidence and custody
 * chain and the report's download link; the API's rule of who reads (task force, readers, admins); bad parameters
 * answered in Chinese with 400.
 */
@ApplicationTest
class IncidentPagesTest {

  @LocalServerPort int port;
  @Autowired IncidentRepository incidents;
  @Autowired EvidenceRepository evidence;
  final HttpClient client = HttpClient.newHttpClient();

  @Test
  void shouldShowAnIncidentWithItsStepsEvidenceAndCustodyToTheReadersAndTheTaskForce() throws Exception {
    String tag = UUID.randomUUID().toString().substring(0, 8);
    long id = incident("網站首頁遭置換 " + tag, List.of("social-affairs-clerk"));

    for (String credentials : List.of(basic("ethics-clerk"), basic("social-affairs-clerk"),
        WebappSignIn.sessionCookie(port, "chair", "demo"))) {
      HttpResponse<String> list = get("/incidents", credentials);
      assertThat(list.statusCode()).isEqualTo(200);
      assertThat(list.body()).contains("<title>資安事件</title>", "href=\"/incidents/" + id + "\"", tag, "保全與復原中");

      HttpResponse<String> page = get("/incidents/" + id, credentials);
      assertThat(page.statusCode()).isEqualTo(200);
      assertThat(page.body()).contains("網站首頁遭置換 " + tag, "教育處", "資安事件通報", "綜合規劃處承辦人", "如期",
          "證物", "網站主機存取日誌", "a".repeat(64), "資訊室主機房", "社會局承辦人",
          "/api/incidents/" + id + "/report?format=odt");
    }
  }

  @Test
  void shouldShowTheIncidentToNobodyElse() throws Exception {
    String tag = UUID.randomUUID().toString().substring(0, 8);
    long id = incident("內部主機中毒 " + tag, List.of("social-affairs-clerk"));
    // Not on the task force and not a reader: neither the incident nor a line of the list, even of its own unit.
    for (String user : List.of("education-clerk", "education-head", "social-affairs-head", "construction-clerk")) {
      HttpResponse<String> page = get("/incidents/" + id, basic(user));
      assertThat(page.statusCode()).as(user).isEqualTo(404);
      assertThat(page.body()).as(user).contains("找不到資安事件").doesNotContain(tag);
      assertThat(get("/incidents", basic(user)).body()).as(user).doesNotContain(tag);
      assertThat(get("/incidents?status=HANDLING", basic(user)).body()).as(user).doesNotContain(tag);
    }
  }

  @Test
  void shouldFilterByStatus() throws Exception {
    String tag = UUID.randomUUID().toString().substring(0, 8);
    long handling = incident("處理中事件 " + tag, List.of());
    long closed = incident("已結案事件 " + tag, List.of());
    incidents.close(closed, Instant.now());

    assertThat(get("/incidents?status=CLOSED", basic("chair")).body()).contains("已結案事件 " + tag)
        .doesNotContain("處理中事件 " + tag);
    assertThat(get("/incidents?status=HANDLING", basic("chair")).body()).contains("處理中事件 " + tag)
        .doesNotContain("已結案事件 " + tag);
    assertThat(get("/incidents", basic("chair")).body()).contains("href=\"/incidents/" + handling + "\"",
        "href=\"/incidents/" + closed + "\"");
  }

  @Test
  void shouldAnswerABadParameterWithAChinesePageAnd400() throws Exception {
    for (String query : List.of("status=OPEN", "status=handling", "page=-1", "page=x", "page=100001")) {
      HttpResponse<String> answer = get("/incidents?" + query, basic("chair"));
      assertThat(answer.statusCode()).as(query).isEqualTo(400);
      assertThat(answer.body()).as(query).contains("<title>資安事件</title>", "id=\"problems\"").containsAnyOf("請從選項中選擇", "頁次");
    }
    for (String path : List.of("/incidents/abc", "/incidents/99999999", "/incidents/-1")) {
      HttpResponse<String> answer = get(path, basic("chair"));
      assertThat(answer.statusCode()).as(path).isEqualTo(404);
      assertThat(answer.body()).as(path).contains("找不到資安事件");
    }
  }

  /** An incident of 教育處 in handling, its first step done, with one evidence item handed over once. */
  private long incident(String description, List<String> members) {
    Instant aware = Instant.now().minus(Duration.ofHours(2));
    long id = incidents.insert(new ValidIncident(description, aware.minus(Duration.ofHours(1)), aware, "網站", "教育處承辦人",
        "education", 2), aware.plus(Duration.ofHours(1)), aware.plus(Duration.ofHours(72)), "education-clerk", aware);
    incidents.setMembers(id, members);
    incidents.setStatus(id, IncidentStatus.HANDLING);
    String task = "page-test-" + UUID.randomUUID();
    incidents.stepCreated(id, task, "notify-incident", "資安事件通報", aware, aware.plus(Duration.ofHours(1)));
    incidents.stepCompleted(task, "planning-clerk", aware.plus(Duration.ofMinutes(30)));
    long item = evidence.insertItem(new EvidenceRepository.ItemRow(0, id, "網站主機存取日誌", "網站主機", "複製", "a".repeat(64),
        "access.log", 100L, null, "社會局承辦人", aware, "social-affairs-clerk", aware));
    evidence.insertCustody(new EvidenceRepository.CustodyRow(0, item, 1, aware, "社會局承辦人", "綜合規劃處承辦人", "鑑識",
        "資訊室主機房", "social-affairs-clerk", aware, "0".repeat(64), "b".repeat(64)));
    return id;
  }

  private HttpResponse<String> get(String path, String credentials) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
    if (credentials != null) {
      request.header(credentials.startsWith("Basic ") ? "Authorization" : "Cookie", credentials);
    }
    return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static String basic(String user) {
    return "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
  }
}
