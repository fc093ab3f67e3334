package tw.gov.securitymeeting.publication;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tw.gov.securitymeeting.ApplicationTest;
import tw.gov.securitymeeting.WebappSignIn;
import tw.gov.securitymeeting.publication.scan.Finding;
import tw.gov.securitymeeting.publication.scan.FindingKind;

/**
 * 公告複核登記簿 as pages over HTTP: the register with its filters and pages, one notice with its history, bad
 * parameters answered in Chinese with 400, and a clerk of another unit who sees none of it (404 for the record).
 */
@ApplicationTest
class PublicationPagesTest {

  @LocalServerPort int port;
  @Autowired PublicationRepository repository;
  final HttpClient client = HttpClient.newHttpClient();

  @Test
  void shouldShowTheRegisterAndOneNoticeWithItsHistoryToItsUnit() throws Exception {
    String title = "親子閱讀活動 " + UUID.randomUUID().toString().substring(0, 8);
    long id = reviewed(title, "education");

    HttpResponse<String> list = get("/publications?status=RETURNED&unit=education", basic("education-clerk"));
    assertThat(list.statusCode()).isEqualTo(200);
    assertThat(list.body()).contains("<title>公告複核登記簿</title>", "href=\"/publications/" + id + "\"", title, "退回修正",
        "<a href=\"/publications\">公告複核登記簿</a>");

    HttpResponse<String> record = get("/publications/" + id, basic("education-clerk"));
    assertThat(record.statusCode()).isEqualTo(200);
    assertThat(record.body()).contains(title, "送出公告複核", "教育處承辦人", "第 1 次複核：退回修正", "教育處處長", "請刪除名單中的身分證號",
        "身分證統一編號", "A123****89", "名單.xlsx", "民國").doesNotContain(PublicationDocuments.VALID_ID);

    // The same with the Tasklist session.
    String session = WebappSignIn.sessionCookie(port, "education-head", "demo");
    assertThat(get("/publications/" + id, session).body()).contains(title, "第 1 次複核");
    assertThat(get("/publications?unit=education", session).body()).contains(title);
  }

  @Test
  void shouldShowAnotherUnitsNoticeToNobodyOfThisUnit() throws Exception {
    String title = "工程說明會 " + UUID.randomUUID().toString().substring(0, 8);
    long id = reviewed(title, "education");

    HttpResponse<String> record = get("/publications/" + id, basic("construction-clerk"));
    assertThat(record.statusCode()).isEqualTo(404);
    assertThat(record.body()).contains("找不到公告複核案件", "沒有編號 " + id).doesNotContain(title);
    for (String path : List.of("/publications", "/publications?unit=construction", "/publications?status=RETURNED")) {
      HttpResponse<String> list = get(path, basic("construction-head"));
      assertThat(list.statusCode()).as(path).isEqualTo(200);
      assertThat(list.body()).as(path).doesNotContain(title).doesNotContain("href=\"/publications/" + id + "\"");
    }
    // Its unit filter offers only its own unit; the overseers see every unit and the notice.
    assertThat(get("/publications", basic("construction-clerk")).body()).contains("value=\"construction\"")
        .doesNotContain("value=\"education\"");
    assertThat(get("/publications?unit=education", basic("planning-clerk")).body()).contains(title);
    assertThat(get("/publications/" + id, basic("chair")).statusCode()).isEqualTo(200);
  }

  @Test
  void shouldFilterByStatusAndUnitAndPage() throws Exception {
    String tag = UUID.randomUUID().toString().substring(0, 8);
    String returned = "退回案 " + tag;
    String scanning = "檢查中案 " + tag;
    reviewed(returned, "social-affairs");
    repository.insert(notice(scanning, "social-affairs"), "social-affairs-clerk", Instant.now());

    String onlyReturned = get("/publications?status=RETURNED&unit=social-affairs", basic("chair")).body();
    assertThat(onlyReturned).contains(returned).doesNotContain(scanning);
    String onlyScanning = get("/publications?status=SCANNING&unit=social-affairs", basic("chair")).body();
    assertThat(onlyScanning).contains(scanning).doesNotContain(returned);
    assertThat(get("/publications?unit=administration", basic("chair")).body()).doesNotContain(tag);

    for (int i = 0; i <= PublicationPages.PAGE_SIZE; i++) {
      repository.insert(notice("大量公告 " + tag + " " + i, "administration"), "administration-clerk", Instant.now());
    }
    String first = get("/publications?unit=administration", basic("administration-clerk")).body();
    assertThat(first).contains("大量公告 " + tag + " " + PublicationPages.PAGE_SIZE + "<", "rel=\"next\"")
        .doesNotContain("大量公告 " + tag + " 0<");
    String second = get("/publications?unit=administration&page=2", basic("administration-clerk")).body();
    assertThat(second).contains("大量公告 " + tag + " 0<", "rel=\"prev\"");
  }

  @Test
  void shouldAnswerABadParameterWithAChinesePageAnd400() throws Exception {
    for (String query : List.of("status=PUBLISHEDX", "unit=nowhere", "page=-1", "page=abc", "page=0", "status=%00",
        "unit=" + URLEncoder.encode("education' or '1'='1", StandardCharsets.UTF_8))) {
      HttpResponse<String> answer = get("/publications?" + query, basic("chair"));
      assertThat(answer.statusCode()).as(query).isEqualTo(400);
      assertThat(answer.headers().firstValue("Content-Type").orElse("")).as(query).startsWith("text/html");
      assertThat(answer.body()).as(query).contains("<title>公告複核登記簿</title>", "id=\"problems\"")
          .containsAnyOf("請從選項中選擇", "頁次", "控制字元").doesNotContain("Exception");
    }
    // A clerk naming a unit that is not theirs: a unit they may not choose.
    assertThat(get("/publications?unit=education", basic("construction-clerk")).statusCode()).isEqualTo(400);
    for (String path : List.of("/publications/abc", "/publications/-1", "/publications/99999999999999999999", "/publications/0")) {
      HttpResponse<String> answer = get(path, basic("chair"));
      assertThat(answer.statusCode()).as(path).isEqualTo(404);
      assertThat(answer.body()).as(path).contains("找不到公告複核案件");
    }
  }

  @Test
  void shouldSendASignedOutBrowserToTheSignInPage() throws Exception {
    HttpResponse<String> answer = get("/publications?status=RETURNED", null);
    assertThat(answer.statusCode()).isEqualTo(303);
    assertThat(answer.headers().firstValue("Location")).contains("/sign-in?next=%2Fpublications%3Fstatus%3DRETURNED");
    // The upload page too: signed in like every page, no password of its own.
    HttpResponse<String> uploads = get("/uploads.html", null);
    assertThat(uploads.statusCode()).isEqualTo(303);
    assertThat(uploads.headers().firstValue("Location")).contains("/sign-in?next=%2Fuploads.html");
    HttpResponse<String> signedIn = get("/uploads.html", basic("education-clerk"));
    assertThat(signedIn.statusCode()).isEqualTo(200);
    assertThat(signedIn.body()).contains("附件與證據檔案上傳").doesNotContain("type=\"password\"");
  }

  /** A notice of the unit scanned with a finding and returned by the unit's head. */
  private long reviewed(String title, String unit) {
    long id = repository.insert(notice(title, unit), unit + "-clerk", Instant.now());
    repository.recordScan(id, List.of(new Finding(FindingKind.NATIONAL_ID, "名單.xlsx", "工作表1!B2", "A123****89")), false,
        Instant.now());
    repository.recordReview(id, 1, unit + "-head", "return", "請刪除名單中的身分證號", null, PublicationStatus.RETURNED,
        Instant.now());
    return id;
  }

  private static ValidPublication notice(String title, String unit) {
    return new ValidPublication(title, "活動內容", "https://www.example.gov.tw/news/1", unit, LocalDate.now().plusDays(3), null,
        List.of());
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
