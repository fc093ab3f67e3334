package tw.gov.securitymeeting.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tw.gov.securitymeeting.ApplicationTest;
import tw.gov.securitymeeting.WebappSignIn;

/**
 * 郵件紀錄 as a page over HTTP: the overseers see every mail, a unit only the mails to its own addresses; filters by
 * status and task; bad parameters answered in Chinese with 400.
 */
@ApplicationTest
class MailLogPagesTest {

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;
  final HttpClient client = HttpClient.newHttpClient();

  @Test
  void shouldShowEveryMailToTheOverseersAndAUnitOnlyItsOwn() throws Exception {
    String tag = UUID.randomUUID().toString().substring(0, 8);
    String task = "task-" + tag;
    mail("教育處待辦逾期 " + tag, task, "OVERDUE", "SENT", "education@example.gov.tw,education-head@example.gov.tw");
    mail("建設處待辦到期 " + tag, "other-" + tag, "DUE", "FAILED", "construction-clerk@example.gov.tw");

    for (String credentials : List.of(basic("ethics-clerk"), WebappSignIn.sessionCookie(port, "chair", "demo"))) {
      HttpResponse<String> page = get("/mails", credentials);
      assertThat(page.statusCode()).isEqualTo(200);
      assertThat(page.body()).contains("<title>郵件紀錄</title>", "教育處待辦逾期 " + tag, "建設處待辦到期 " + tag,
          "待辦提醒：已逾期", "已寄出", "寄送失敗", "<a href=\"/mails\">郵件紀錄</a>");
    }
    assertThat(get("/mails", basic("education-clerk")).body()).contains("教育處待辦逾期 " + tag).doesNotContain("建設處待辦到期 " + tag);
    assertThat(get("/mails", basic("construction-head")).body()).contains("建設處待辦到期 " + tag).doesNotContain("教育處待辦逾期 " + tag);
    assertThat(get("/mails", basic("social-affairs-clerk")).body()).doesNotContain(tag);
  }

  @Test
  void shouldFilterByStatusAndTask() throws Exception {
    String tag = UUID.randomUUID().toString().substring(0, 8);
    mail("已寄出 " + tag, "a-" + tag, "OVERDUE", "SENT", "ethics@example.gov.tw");
    mail("失敗 " + tag, "b-" + tag, "OVERDUE", "FAILED", "ethics@example.gov.tw");

    assertThat(get("/mails?status=FAILED", basic("chair")).body()).contains("失敗 " + tag).doesNotContain("已寄出 " + tag);
    assertThat(get("/mails?status=SENT", basic("chair")).body()).contains("已寄出 " + tag).doesNotContain("失敗 " + tag);
    String byTask = get("/mails?taskId=a-" + tag, basic("chair")).body();
    assertThat(byTask).contains("已寄出 " + tag, "value=\"a-" + tag + "\"").doesNotContain("失敗 " + tag);
  }

  @Test
  void shouldAnswerABadParameterWithAChinesePageAnd400() throws Exception {
    for (String query : List.of("status=LOST", "page=-1", "page=%E4%B8%80", "taskId=a%0Ab", "taskId=" + "x".repeat(65))) {
      HttpResponse<String> answer = get("/mails?" + query, basic("chair"));
      assertThat(answer.statusCode()).as(query).isEqualTo(400);
      assertThat(answer.body()).as(query).contains("<title>郵件紀錄</title>", "id=\"problems\"").doesNotContain("Exception");
    }
  }

  private void mail(String subject, String taskId, String kind, String status, String recipients) {
    jdbc.update("""
        insert into app_mail (dedup_key, kind, task_id, recipients, subject, body_text, body_html, status, attempts, created_at, sent_at)
        values (?, ?, ?, ?, ?, '', '', ?, ?, ?, ?)""", "page-test-" + UUID.randomUUID(), kind, taskId, recipients, subject, status,
        "FAILED".equals(status) ? 5 : 1, Timestamp.from(Instant.now()), "SENT".equals(status) ? Timestamp.from(Instant.now()) : null);
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
