package tw.gov.securitymeeting.followup;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.odftoolkit.odfdom.doc.OdfTextDocument;
import org.odftoolkit.odfdom.doc.table.OdfTable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tw.gov.securitymeeting.ApplicationTest;
import tw.gov.securitymeeting.EmbeddedPostgres;

/**
 * Two meetings of seed 000 over HTTP on PostgreSQL: the earlier meeting's four items (貳) → the 105
 * meeting's table as the seed prints it → the chair's rulings (四 continued, 「其餘准予備查」) → the 105
 * meeting's own items → the following meeting's table lists 四 and all of those, nothing closed.
 */
@ApplicationTest
class MeetingCycleReplayIT {

  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry registry) {
    EmbeddedPostgres.newDatabase(registry);
  }

  static final String SERIES = "嘉義縣政府安全維護會報";
  static final String TITLE_105 = "嘉義縣政府105年安全維護會報";

  /**
   * The 105 meeting's own items as seed 000 gives them (參、肆): the two 主席裁示 on report items 三 and 四, and 提案一–六 with
   * their 提案單位, 案由 and 決議; the units are those the 決議 names, else the proposing unit (照案通過).
   */
  static final List<Map<String, Object>> ITEMS_105 = List.of(
      instruction("裁示一", "三、綜合規劃處工作報告－安全維護工作執行成果", "有關綜合規劃處所提「本縣 105 年電子郵件社交工程演練」部分",
          "請綜合規劃處將本次演練成果與前次進行比對，紀錄開啟及點選人員(不合格人員)，並針對缺失辦理相關教育訓練，以提高本縣同仁對於資安認知與防範。", List.of("planning")),
      instruction("裁示二", "四、嘉義縣社會局 928 火災事件因應措施專題報告", "以嘉義縣社會局 928 火災事件為例",
          "請各單位均應加強宣導同仁確實將未使用之電氣電源切斷，以共同維護辦公處所之安全。", List.of("all")),
      proposal("提案一", "ethics", "為確保本府公告事項上傳於公開網站之資訊係屬正確，且無其他非本公告事由之資料一併夾帶上傳，建請各單位於辦理資訊公告前進行「複核」，以避免公務機密及個人資料外洩，提請討論。",
          "請各單位依建議事項辦理，於上傳或公告公務資訊時，增加「複核」程序，本案照案通過。", List.of("all")),
      proposal("提案二", "ethics", "有關加強督導同仁危安意識及保密觀念，提請討論。", "照案通過。", List.of("ethics")),
      proposal("提案三", "ethics", "有關本府及本縣各機關資訊安全維護工作，擬於每年度辦理稽核時，增加抽查本縣各機關稽核項目，以提升本縣資訊安全之品質。",
          "照案通過。", List.of("ethics")),
      proposal("提案四", "ethics", "為增進機關同仁及用路人安全，建請本府各所屬機關自主檢查機關周邊之路燈或號誌螺栓是否超長並予改善案，提請討論。",
          "有關本縣路燈或號誌螺栓過長情形，請建設處及教育處轉知鄉鎮公所及各學校注意周邊路燈或號誌等螺絲外露情況或螺栓帽套遺失情形，並請各單位配合回報建設處，使該處得即時改善之；本案照案通過。",
          List.of("construction", "education")),
      proposal("提案五", "planning", "為確保各機關網站系統維護及資訊安全，請各機關加強維護及管理，提請討論。",
          "請各單位因應辦理各式活動之宣傳(導)而架設之網站(頁)，於活動結束後應撤下該網站(頁)，以避免淪為本府資訊安全之漏洞；本案照案通過。", List.of("all")),
      proposal("提案六", "planning", "有關行政院推動試行「政府機關(構)資安事件數位證據保全標準作業程序」，因涉及調查權，擬成立本府資安事件「數位證據保全工作小組」，提請討論。",
          "照案通過。", List.of("planning")));

  /** The units column of the following table for ITEMS_105, in order, as the seed names them. */
  static final List<String> UNITS_105 = List.of("綜合規劃處", Seed000.ALL_UNITS_TEXT, Seed000.ALL_UNITS_TEXT, "政風處", "政風處",
      "建設處、教育處", Seed000.ALL_UNITS_TEXT, "綜合規劃處");

  static final List<String> NUMERALS = List.of("一", "二", "三", "四", "五", "六", "七", "八", "九", "十");

  /** The 105 meeting's own fields (seed 000's heading). */
  static final Map<String, Object> FIELDS_105 = Map.of("session", "105年第2次", "time", "15:10", "place", "本府 4 樓 402 會議室",
      "chair", "吳副縣長芳銘", "recorder", "郭雅雯");

  @Autowired TestRestTemplate http;
  final ObjectMapper json = new ObjectMapper();

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void shouldRunTheCycleOfSeed000FromOneMeetingToTheNext() throws Exception {
    ClockUtil.setCurrentTime(Date.from(LocalDate.of(2016, 9, 30).atTime(9, 0).atZone(ZoneId.of("Asia/Taipei")).toInstant()));
    long earlier = register("嘉義縣政府105年第1次安全維護會報", "2016-04-20", "2016-10-19", Seed000.RESOLUTIONS.stream()
        .map(r -> item(r.number(), "RESOLUTION", r.subject(), null, r.units())).toList());
    for (Seed000.Resolution resolution : Seed000.RESOLUTIONS) {
      reportAndConsolidate(earlier + "-" + resolution.number(), resolution);
    }
    ClockUtil.setCurrentTime(Date.from(LocalDate.of(2016, 10, 19).atTime(15, 10).atZone(ZoneId.of("Asia/Taipei")).toInstant()));
    // Registered with two slips the secretariat then corrects: no 地點, and 提案四 without 教育處.
    Map<String, Object> withoutPlace = new HashMap<>(FIELDS_105);
    withoutPlace.remove("place");
    List<Map<String, Object>> slipped = new ArrayList<>(ITEMS_105);
    Map<String, Object> proposalFour = new HashMap<>(ITEMS_105.get(5));
    proposalFour.put("leadUnits", List.of("construction"));
    slipped.set(5, proposalFour);
    long meeting105 = register(TITLE_105, "2016-10-19", "2017-01-18", slipped, withoutPlace);
    assertThat(send("ethics-clerk", HttpMethod.PATCH, "/api/meetings/" + meeting105, json.writeValueAsString(Map.of("place", FIELDS_105.get("place"))))
        .getStatusCode()).isEqualTo(HttpStatus.OK);
    ResponseEntity<String> corrected = send("ethics-clerk", HttpMethod.PATCH, "/api/meetings/" + meeting105 + "/items/提案四",
        json.writeValueAsString(Map.of("leadUnits", List.of("construction", "education"))));
    assertThat(corrected.getStatusCode()).as(corrected.getBody()).isEqualTo(HttpStatus.OK);
    assertThat(tasks("chair", meeting105 + "-提案四")).hasSize(2);
    JsonNode registered = json.readTree(http.withBasicAuth("chair", "demo").getForEntity("/api/meetings/" + meeting105, String.class).getBody());
    assertThat(List.of(registered.get("session").asText(), registered.get("time").asText(), registered.get("place").asText(),
        registered.get("chair").asText(), registered.get("recorder").asText()))
        .containsExactly("105年第2次", "15:10:00", "本府 4 樓 402 會議室", "吳副縣長芳銘", "郭雅雯");

    OdfTable before = table(meeting105);
    assertThat(before.getColumnCount()).isEqualTo(5);
    assertThat(before.getRowCount()).isEqualTo(1 + Seed000.RESOLUTIONS.size());
    for (int i = 0; i < Seed000.RESOLUTIONS.size(); i++) {
      Seed000.Resolution resolution = Seed000.RESOLUTIONS.get(i);
      List<List<String>> row = OdfTables.row(before, i + 1);
      assertThat(row.get(0)).containsExactly(resolution.number());
      assertThat(row.get(1)).containsExactly(resolution.subject());
      assertThat(row.get(2)).containsExactly(units(resolution));
      assertThat(String.join("", row.get(3))).isEqualTo(resolution.progress());
      assertThat(row.get(4)).containsExactly(resolution.number().equals("四") ? "擬繼續列管" : "擬解除列管");
    }
    String html = http.withBasicAuth("chair", "demo").getForEntity("/api/meetings/" + meeting105 + "/agenda-report", String.class).getBody();
    assertThat(html).contains("<title>" + TITLE_105 + "（105年第2次） 上次會議主席裁(指)示事項辦理情形報告</title>", "會議日期：",
            "105年10月19日(星期三)")
        .doesNotContain("（上次會議）").contains("附件：各單位填報之辦理情形");

    ResponseEntity<String> ruled = send("ethics-clerk", HttpMethod.POST, "/api/meetings/" + meeting105 + "/rulings", json.writeValueAsString(
        Map.of("rulings", List.of(Map.of("itemId", itemId(earlier, "四"), "ruling", "continue",
            "instruction", Seed000.INSTRUCTION_FOR_FOUR, "newDueDate", "2017-01-04")), "othersApproved", true)));
    assertThat(ruled.getStatusCode()).as(ruled.getBody()).isEqualTo(HttpStatus.OK);

    OdfTable after = table(meeting105);
    assertThat(after.getColumnCount()).isEqualTo(6);
    for (int i = 0; i < Seed000.RESOLUTIONS.size(); i++) {
      assertThat(OdfTables.row(after, i + 1).get(5)).containsExactly(Seed000.RESOLUTIONS.get(i).number().equals("四")
          ? "繼續列管：" + Seed000.INSTRUCTION_FOR_FOUR : "准予備查，解除列管。");
    }

    long following = register("嘉義縣政府106年第1次安全維護會報", "2017-01-18", null,
        List.of(item("一", "RESOLUTION", "下次會議的決議", null, List.of("ethics"))));
    OdfTable next = table(following);
    assertThat(next.getRowCount()).isEqualTo(1 + 1 + ITEMS_105.size());
    List<List<String>> four = OdfTables.row(next, 1);
    assertThat(four.get(1)).containsExactly(Seed000.RESOLUTIONS.get(3).subject(), "第2次列管，主席裁示：" + Seed000.INSTRUCTION_FOR_FOUR);
    assertThat(four.get(2)).containsExactly("政風處");
    for (int i = 0; i < ITEMS_105.size(); i++) {
      Map<String, Object> item = ITEMS_105.get(i);
      List<List<String>> row = OdfTables.row(next, i + 2);
      assertThat(row).as(item.get("number").toString()).containsExactly(
          List.of(NUMERALS.get(i + 1)),
          List.of(item.get("subject") + "\n" + item.get("decision")),
          List.of(UNITS_105.get(i)),
          List.of(""),
          List.of(""));
    }
    assertTheOdtOpensInLibreOffice(following);
  }

  private void reportAndConsolidate(String businessKey, Seed000.Resolution resolution) throws Exception {
    for (JsonNode task : tasks("chair", businessKey)) {
      String unit = candidateGroup(task);
      complete(unit + "-clerk", task, Map.of("status", "DONE", "progress", unit + "已辦理", "suggestion", "close"));
    }
    JsonNode review = tasks("ethics-clerk", businessKey).get(0);
    complete("ethics-clerk", review, Map.of("consolidatedProgress", resolution.progress(),
        "recommendation", resolution.number().equals("四") ? "continue" : "close"));
  }

  /** The ODT opens in LibreOffice (converted headless to PDF) and its cells carry the CJK font. */
  private void assertTheOdtOpensInLibreOffice(long meetingId) throws Exception {
    byte[] odt = http.withBasicAuth("ethics-clerk", "demo")
        .getForEntity("/api/meetings/" + meetingId + "/agenda-report?format=odt", byte[].class).getBody();
    OdfTextDocument document = OdfTextDocument.loadDocument(new ByteArrayInputStream(odt));
    assertThat(document.getStylesDom().toString().length()).isPositive();
    String styles = new String(document.getPackage().getBytes("styles.xml"), java.nio.charset.StandardCharsets.UTF_8);
    assertThat(styles).contains("style:font-family-asian=\"標楷體, Noto Serif CJK TC\"");
    String content = new String(document.getPackage().getBytes("content.xml"), java.nio.charset.StandardCharsets.UTF_8);
    assertThat(content).contains("text:style-name=\"Agenda_20_Cell\"");

    boolean soffice = new ProcessBuilder("sh", "-c", "command -v soffice").start().waitFor() == 0;
    Assumptions.assumeTrue(soffice, "soffice (LibreOffice) is not installed: the ODT → PDF conversion is skipped");
    Path dir = Files.createTempDirectory("agenda");
    Path file = Files.write(dir.resolve("agenda.odt"), odt);
    Process convert = new ProcessBuilder("soffice", "--headless", "-env:UserInstallation=file://" + dir.resolve("profile"),
        "--convert-to", "pdf", "--outdir", dir.toString(), file.toString()).redirectErrorStream(true).start();
    assertThat(convert.waitFor(180, TimeUnit.SECONDS)).isTrue();
    assertThat(Files.size(dir.resolve("agenda.pdf"))).isPositive();
  }

  private static String units(Seed000.Resolution resolution) {
    return resolution.units().contains("all") ? Seed000.ALL_UNITS_TEXT : resolution.units().contains("ethics") ? "政風處" : "行政處";
  }

  private static Map<String, Object> instruction(String number, String reportItem, String subject, String decision, List<String> units) {
    Map<String, Object> item = item(number, "INSTRUCTION", subject, decision, units);
    item.put("reportItem", reportItem);
    return item;
  }

  private static Map<String, Object> proposal(String number, String proposingUnit, String subject, String decision, List<String> units) {
    Map<String, Object> item = item(number, "PROPOSAL", subject, decision, units);
    item.put("proposingUnit", proposingUnit);
    return item;
  }

  private static Map<String, Object> item(String number, String kind, String subject, String decision, List<String> units) {
    Map<String, Object> item = new HashMap<>();
    item.put("number", number);
    item.put("kind", kind);
    item.put("subject", subject);
    if (decision != null) {
      item.put("decision", decision);
    }
    item.put("leadUnits", units);
    return item;
  }

  private OdfTable table(long meetingId) throws Exception {
    ResponseEntity<byte[]> response = http.withBasicAuth("chair", "demo")
        .getForEntity("/api/meetings/" + meetingId + "/agenda-report?format=odt", byte[].class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    return OdfTextDocument.loadDocument(new ByteArrayInputStream(response.getBody())).getTableList().get(0);
  }

  private long itemId(long meetingId, String number) throws Exception {
    JsonNode items = json.readTree(http.withBasicAuth("chair", "demo").getForEntity("/api/meetings/" + meetingId, String.class).getBody())
        .get("items");
    for (JsonNode item : items) {
      if (item.get("number").asText().equals(number)) {
        return item.get("id").asLong();
      }
    }
    throw new AssertionError("no item " + number);
  }

  private long register(String title, String heldOn, String nextMeetingOn, List<Map<String, Object>> items) throws Exception {
    return register(title, heldOn, nextMeetingOn, items, Map.of());
  }

  private long register(String title, String heldOn, String nextMeetingOn, List<Map<String, Object>> items, Map<String, Object> fields)
      throws Exception {
    Map<String, Object> meeting = new HashMap<>(Map.of("series", SERIES, "title", title, "heldOn", heldOn, "items", items));
    meeting.putAll(fields);
    if (nextMeetingOn != null) {
      meeting.put("nextMeetingOn", nextMeetingOn);
    }
    ResponseEntity<String> response = send("ethics-clerk", HttpMethod.POST, "/api/meetings", json.writeValueAsString(meeting));
    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.CREATED);
    return json.readTree(response.getBody()).get("id").asLong();
  }

  private JsonNode tasks(String user, String businessKey) throws Exception {
    return json.readTree(http.withBasicAuth(user, "demo")
        .getForEntity("/engine-rest/task?processInstanceBusinessKey=" + businessKey, String.class).getBody());
  }

  private String candidateGroup(JsonNode task) throws Exception {
    JsonNode links = json.readTree(http.withBasicAuth("admin", "demo")
        .getForEntity("/engine-rest/task/" + task.get("id").asText() + "/identity-links?type=candidate", String.class).getBody());
    return links.get(0).get("groupId").asText();
  }

  private void complete(String user, JsonNode task, Map<String, Object> answers) throws Exception {
    Map<String, Object> variables = new HashMap<>();
    answers.forEach((name, value) -> variables.put(name, Map.of("value", value)));
    ResponseEntity<String> response = send(user, HttpMethod.POST, "/engine-rest/task/" + task.get("id").asText() + "/complete",
        json.writeValueAsString(Map.of("variables", variables)));
    assertThat(response.getStatusCode()).as(user + " completes " + task.get("name").asText() + ": " + response.getBody())
        .isEqualTo(HttpStatus.NO_CONTENT);
  }

  private ResponseEntity<String> send(String user, HttpMethod method, String path, String body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return http.withBasicAuth(user, "demo").exchange(path, method, new HttpEntity<>(body, headers), String.class);
  }
}
