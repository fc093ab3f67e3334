package tw.gov.securitymeeting.followup;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import tw.gov.securitymeeting.ApplicationTest;

/** The start form of 「登錄會報決議事項」 submitted over /engine-rest, as Tasklist does it. */
@ApplicationTest
class MeetingRegistrationOverRestTest {

  static final String SUBMIT = "/engine-rest/process-definition/key/meeting-registration/submit-form";

  @Autowired TestRestTemplate http;
  @Autowired MeetingQueries queries;
  final ObjectMapper json = new ObjectMapper();

  @Test
  void shouldRegisterTheMeetingTheSecretariatSubmits() throws Exception {
    String title = "以表單登錄的會報 " + UUID.randomUUID();

    ResponseEntity<String> response = submit("ethics-clerk", body(title, "2016-10-19", """
        [{"number": "一", "kind": "RESOLUTION", "subject": "加強宣導", "decision": "請各單位辦理", "leadUnits": ["ethics", "planning"]}]"""));

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(queries.meetings()).extracting(MeetingViews.MeetingSummary::title).contains(title);
  }

  @Test
  void shouldForbidAnotherUnitToStartIt() {
    String title = "綜規處送出的會報 " + UUID.randomUUID();

    ResponseEntity<String> response = submit("planning-clerk", body(title, "2016-10-19", """
        [{"number": "一", "kind": "RESOLUTION", "subject": "加強宣導", "leadUnits": ["planning"]}]"""));

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(queries.meetings()).extracting(MeetingViews.MeetingSummary::title).doesNotContain(title);
  }

  @Test
  void shouldAnswerABadMeetingWith400AndTheChineseReasons() throws Exception {
    String title = "內容有誤的會報 " + UUID.randomUUID();

    ResponseEntity<String> response = submit("ethics-clerk", body(title, "2016-13-45", """
        [{"number": "一", "kind": "RESOLUTION", "subject": "", "leadUnits": []}]"""));

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    JsonNode answer = json.readTree(response.getBody());
    assertThat(answer.get("type").asText()).isEqualTo("FormFieldValidationException");
    assertThat(answer.get("message").asText())
        .doesNotContain("⟦")
        .contains("「開會日期」不是有效的日期。")
        .contains("第 1 項決議事項：請填寫「案由」。")
        .contains("第 1 項決議事項：請指定至少一個主辦單位");
    assertThat(answer.get("field").asText()).contains("heldOn", "items[0].subject", "items[0].leadUnits");
    assertThat(queries.meetings()).extracting(MeetingViews.MeetingSummary::title).doesNotContain(title);
  }

  @Test
  void shouldOfferTheRegistrationButNotTheFollowUpInTasklistsStartList() throws Exception {
    String query = "/engine-rest/process-definition?latestVersion=true&active=true"
        + "&startableInTasklist=true&startablePermissionCheck=true";

    ResponseEntity<String> response = http.withBasicAuth("ethics-clerk", "demo").getForEntity(query, String.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(json.readTree(response.getBody()).findValuesAsText("key"))
        .contains("meeting-registration")
        .doesNotContain("resolution-follow-up", "mail-delivery", "reminder-sweep");
  }

  /** A start form body as Tasklist sends it: plain values, the dynamic list as a Json variable. */
  private String body(String title, String heldOn, String items) {
    try {
      var variables = json.createObjectNode();
      variables.putObject("title").put("value", title);
      variables.putObject("heldOn").put("value", heldOn);
      variables.putObject("nextMeetingOn").putNull("value");
      variables.putObject("items").put("type", "Json").put("value", items);
      var body = json.createObjectNode();
      body.set("variables", variables);
      return json.writeValueAsString(body);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private ResponseEntity<String> submit(String user, String body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return http.withBasicAuth(user, "demo").exchange(SUBMIT, HttpMethod.POST, new HttpEntity<>(body, headers), String.class);
  }
}
