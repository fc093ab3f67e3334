package tw.gov.securitymeeting.overview;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tw.gov.securitymeeting.ApplicationTest;
import tw.gov.securitymeeting.system.RocDates;

/** 總覽, the item page and 統計 over HTTP against the hand-computed fixture (see OverviewFixture), with unit isolation. */
@ApplicationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OverviewPagesTest {

  static final String PERIOD = "from=2026-12-28&to=2026-12-31";

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;
  final HttpClient client = HttpClient.newHttpClient();
  OverviewFixture fixture;

  @BeforeAll
  void load() {
    fixture = new OverviewFixture(jdbc).load();
  }

  @BeforeEach
  void setClock() {
    ClockUtil.setCurrentTime(Date.from(OverviewFixture.TODAY.atTime(10, 0).atZone(RocDates.TAIPEI).toInstant()));
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void shouldCountTheOpenItemsOfTheLineOnEachDay() {
    // The line's items open on a day: the meeting held by then, not closed by the day's end (Taipei), read from the
    // items one by one here.
    List<LocalDate> days = List.of(OverviewFixture.HELD_ON.minusDays(1), OverviewFixture.HELD_ON, LocalDate.of(2027, 1, 4),
        LocalDate.of(2027, 1, 5), LocalDate.of(2027, 2, 1));
    List<java.sql.Timestamp> closedAt = jdbc.queryForList("select closed_at from app_follow_up_item where meeting_id = ?",
        java.sql.Timestamp.class, fixture.meetingId);
    List<Long> expected = days.stream().map(day -> closedAt.stream().filter(at -> !OverviewFixture.HELD_ON.isAfter(day)
        && (at == null || at.toInstant().atZone(RocDates.TAIPEI).toLocalDate().isAfter(day))).count()).toList();
    List<String> units = List.of("administration", "ethics", "planning", "construction", "education", "social-affairs");
    assertThat(new StatisticsQueries(jdbc).openOn(units, true, fixture.title, days)).isEqualTo(expected);
    assertThat(expected.get(0)).isZero();
    assertThat(expected.get(1)).isPositive();
  }

  /**
   * The closed items' counters (V21) give the figures the rows give: for every unit, for each unit alone and for two
   * units (which always read the rows), per unit and per meeting, including the groups 平均辦結工作天 is counted over.
   */
  @Test
  void shouldGiveTheSameFiguresFromTheCountersAsFromTheRows() {
    StatisticsQueries queries = new StatisticsQueries(jdbc);
    LocalDate from = LocalDate.of(2026, 12, 28);
    LocalDate to = LocalDate.of(2026, 12, 31);
    List<String> every = List.of("administration", "ethics", "planning", "construction", "education", "social-affairs");
    List<List<String>> scopes = new java.util.ArrayList<>();
    scopes.add(every);
    every.forEach(unit -> scopes.add(List.of(unit)));
    for (List<String> units : scopes) {
      StatisticsQueries.Tables counted = queries.tables(units, units.size() > 1, from, to, OverviewFixture.TODAY);
      Map<StatisticsQueries.By, List<StatisticsQueries.Figures>> rows = queries.figures(units, from, to, OverviewFixture.TODAY);
      Map<StatisticsQueries.By, List<StatisticsQueries.ClosedGroup>> closed = queries.closed(units, from, to);
      for (StatisticsQueries.By by : StatisticsQueries.By.values()) {
        assertThat(counted.figures().get(by)).as(units + " " + by).containsExactlyInAnyOrderElementsOf(rows.get(by));
        assertThat(counted.closed().get(by)).as(units + " " + by).containsExactlyInAnyOrderElementsOf(closed.get(by));
      }
    }
    // The fixture closes items: the counters are not empty, and planning's figures are the hand-computed ones.
    StatisticsQueries.Tables planning = queries.tables(List.of("planning"), false, from, to, OverviewFixture.TODAY);
    assertThat(planning.figures().get(StatisticsQueries.By.UNIT)).extracting(StatisticsQueries.Figures::closed).containsExactly(2L);
    // Two units are read from the rows (an item naming both counts once for its meeting).
    StatisticsQueries.Tables two = queries.tables(List.of("planning", "education"), false, from, to, OverviewFixture.TODAY);
    assertThat(two.figures().get(StatisticsQueries.By.MEETING))
        .containsExactlyInAnyOrderElementsOf(queries.figures(List.of("planning", "education"), from, to, OverviewFixture.TODAY)
            .get(StatisticsQueries.By.MEETING));
  }

  @Test
  void shouldDrawOneLinePerSeriesWithAMeetingInThePeriod() throws Exception {
    String other = "另一會報 " + java.util.UUID.randomUUID();
    jdbc.update("insert into app_meeting (series, title, held_on, registered_by, registered_at) values (?, ?, ?, 'ethics-clerk', ?)",
        other, other, LocalDate.of(2026, 12, 29), OverviewFixture.at(2026, 12, 29, 9));
    try {
      String body = get("/statistics?" + PERIOD, "chair").body();
      // The fixture's series has the later meeting (30 December), so its line comes first.
      assertThat(body).containsSubsequence("class=\"line-series\">" + fixture.title + "<", "id=\"open-line\"",
          "class=\"line-series\">" + other + "<", "id=\"open-line-2\"");
      // The other series' meeting has no items: its one point is 0.
      String second = body.substring(body.indexOf("id=\"open-line-2\""));
      assertThat(second.substring(0, second.indexOf("</svg>"))).contains("列管中 0 件").doesNotContain("列管中 1 件");
    } finally {
      jdbc.update("delete from app_meeting where series = ?", other);
    }
  }

  @Test
  void shouldComputeTheStatisticsOfTheFixtureByHand() throws Exception {
    HttpResponse<String> page = get("/statistics?" + PERIOD, "chair");
    assertThat(page.statusCode()).isEqualTo(200);
    String body = page.body();
    assertThat(row(body, "data-unit=\"planning\"")).containsSubsequence(">3<", ">2<", ">100.0%<", ">4.5<", ">1.33<", ">0<");
    assertThat(row(body, "data-unit=\"education\"")).containsSubsequence(">2<", ">1<", ">0.0%<", ">2.0<", ">1.00<", ">1<");
    assertThat(row(body, fixture.title)).containsSubsequence(">4<", ">2<", ">66.7%<", ">4.5<", ">1.25<", ">1<");
    assertThat(body).contains("115年12月28日(星期一)至115年12月31日(星期四)", "id=\"unit-bars\"", "id=\"open-line\"");
  }

  @Test
  void shouldShowTheOverdueItemsWithWhereTheyWait() throws Exception {
    HttpResponse<String> page = get("/", "chair");
    assertThat(page.statusCode()).isEqualTo(200);
    String body = page.body();
    assertThat(body).contains("列管總覽", "116年1月20日(星期三)");
    assertThat(row(body, "data-item-id=\"" + fixture.item3 + "\"")).contains("教育處（填報辦理情形）", "115年12月31日(星期四)");
    // Reported on time, waits for the chair: listed, but at the chair and not as planning's overdue item.
    assertThat(row(body, "data-item-id=\"" + fixture.item4 + "\"")).contains("主席（主席裁示）").doesNotContain("綜合規劃處");
    assertThat(body).doesNotContain("data-item-id=\"" + fixture.item1 + "\"");
  }

  @Test
  void shouldShowAUnitOnlyItsOwnItemsFiguresAndExports() throws Exception {
    String home = get("/", "planning-clerk").body();
    assertThat(home).contains("data-item-id=\"" + fixture.item4 + "\"", "僅顯示：綜合規劃處")
        .doesNotContain("data-item-id=\"" + fixture.item3 + "\"", "教育處");
    assertThat(get("/items/" + fixture.item3, "planning-clerk").statusCode()).isEqualTo(404);
    assertThat(get("/items/" + fixture.item3, "planning-clerk").body()).contains("找不到這個列管事項");
    assertThat(get("/items/" + fixture.item3, "education-head").statusCode()).isEqualTo(200);
    assertThat(get("/items/" + fixture.item1, "planning-head").statusCode()).isEqualTo(200);

    String statistics = get("/statistics?" + PERIOD, "planning-head").body();
    assertThat(statistics).contains("data-unit=\"planning\"").doesNotContain("data-unit=\"education\"", "教育處");
    assertThat(row(statistics, fixture.title)).containsSubsequence(">3<", ">2<", ">100.0%<");

    HttpResponse<String> other = get("/statistics?unit=education&" + PERIOD, "planning-clerk");
    assertThat(other.statusCode()).isEqualTo(403);
    assertThat(other.body()).contains("您只能查看本單位的統計");
    assertThat(get("/statistics.csv?unit=education", "planning-clerk").statusCode()).isEqualTo(403);
    assertThat(get("/statistics.ods?unit=education", "planning-clerk").statusCode()).isEqualTo(403);

    HttpResponse<byte[]> csv = bytes("/statistics.csv?" + PERIOD, "planning-clerk");
    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
    assertThat(csv.body()[0]).isEqualTo((byte) 0xEF);
    String csvText = new String(csv.body(), StandardCharsets.UTF_8);
    assertThat(csvText).contains("\"綜合規劃處\",\"3\",\"2\",\"100.0%\"").doesNotContain("教育處");

    HttpResponse<byte[]> ods = bytes("/statistics.ods?" + PERIOD, "planning-clerk");
    assertThat(ods.statusCode()).isEqualTo(200);
    assertThat(ods.headers().firstValue("Content-Type").orElse("")).startsWith(StatisticsExports.ODS);
    String content = odsContent(ods.body());
    assertThat(content).contains("綜合規劃處", "各次會議").doesNotContain("教育處");

    String chairCsv = new String(bytes("/statistics.csv?" + PERIOD, "chair").body(), StandardCharsets.UTF_8);
    assertThat(chairCsv).contains("\"教育處\",\"2\",\"1\",\"0.0%\"");
  }

  @Test
  void shouldAnswerBadParametersWithAChinesePage() throws Exception {
    for (String query : new String[] {"from=2026-13-01", "to=yesterday", "from=2027-01-02&to=2027-01-01", "unit=nowhere", "from=1800-01-01"}) {
      HttpResponse<String> page = get("/statistics?" + query, "chair");
      assertThat(page.statusCode()).as(query).isEqualTo(400);
      assertThat(page.body()).as(query).contains("參數有誤", "lang=\"zh-Hant-TW\"").doesNotContain("Exception", "at tw.gov");
      assertThat(get("/statistics.csv?" + query, "chair").statusCode()).as(query).isEqualTo(400);
    }
    assertThat(get("/items/abc", "chair").statusCode()).isEqualTo(404);
    assertThat(get("/items/99999999", "chair").statusCode()).isEqualTo(404);
    assertThat(get("/items/-1", "chair").statusCode()).isEqualTo(404);
  }

  @Test
  void shouldRefuseAUserWithoutAUnitAndSendTheSignedOutToSignIn() throws Exception {
    assertThat(get("/", null).statusCode()).isEqualTo(303);
    assertThat(get("/statistics.ods", null).statusCode()).isEqualTo(303);
  }

  @Test
  void shouldShowAnItemsHistoryAndItsDiagramWithTheCurrentStep() throws Exception {
    ClockUtil.reset();
    String title = "流程圖測試會報 " + java.util.UUID.randomUUID();
    HttpResponse<String> registered = client.send(builder("/api/meetings", "ethics-clerk")
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("""
            {"title": "%s", "heldOn": "2026-11-18", "nextMeetingOn": "2027-02-17",
             "items": [{"number": "提案一", "kind": "PROPOSAL", "subject": "公告複核", "decision": "照案通過", "leadUnits": ["construction"]}]}"""
            .formatted(title))).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
    long itemId = jdbc.queryForObject("select i.id from app_follow_up_item i join app_meeting m on m.id = i.meeting_id where m.title = ?",
        Long.class, title);
    String instance = jdbc.queryForObject("select process_instance_id from app_follow_up_item where id = ?", String.class, itemId);

    HttpResponse<String> page = get("/items/" + itemId, "chair");
    assertThat(page.statusCode()).isEqualTo(200);
    String body = page.body();
    assertThat(body).contains("提案一　公告複核", "第1次列管", "建設處", "<svg", "目前步驟：<strong id=\"current-steps\">填報辦理情形</strong>",
        "class=\"current task\" data-element-id=\"report-progress\"", "/camunda/app/cockpit/default/#/process-instance/" + instance,
        "/camunda/app/tasklist/default/#/?task=", "尚未寄出提醒");
    assertThat(body).contains("data-element-id=\"chair-ruling\"").doesNotContain("class=\"current task\" data-element-id=\"chair-ruling\"");
    assertThat(get("/items/" + itemId, "construction-clerk").statusCode()).isEqualTo(200);
    assertThat(get("/items/" + itemId, "education-clerk").statusCode()).isEqualTo(404);
  }

  /** The table row (or the text up to the next row) containing the marker. */
  static String row(String html, String marker) {
    int at = html.indexOf(marker);
    assertThat(at).as("marker " + marker).isGreaterThanOrEqualTo(0);
    int start = html.lastIndexOf("<tr", at);
    int end = html.indexOf("</tr>", at);
    return html.substring(start, end);
  }

  static String odsContent(byte[] ods) throws Exception {
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(ods))) {
      for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
        if (entry.getName().equals("content.xml")) {
          return new String(zip.readAllBytes(), StandardCharsets.UTF_8);
        }
      }
    }
    throw new AssertionError("no content.xml");
  }

  private HttpResponse<String> get(String path, String user) throws Exception {
    return client.send(request(path, user), HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<byte[]> bytes(String path, String user) throws Exception {
    return client.send(request(path, user), HttpResponse.BodyHandlers.ofByteArray());
  }

  private HttpRequest request(String path, String user) {
    return builder(path, user).build();
  }

  private HttpRequest.Builder builder(String path, String user) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
    if (user != null) {
      request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)));
    }
    return request;
  }
}
