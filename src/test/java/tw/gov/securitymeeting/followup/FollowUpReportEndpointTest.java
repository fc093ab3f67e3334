package tw.gov.securitymeeting.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static tw.gov.securitymeeting.followup.FollowUpReportFixtures.*;

import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import tw.gov.securitymeeting.ApplicationTest;

/** GET /api/meetings/{id}/follow-up-report as a printable page, and who may see it. */
@ApplicationTest
class FollowUpReportEndpointTest {

  static final String URL = "/api/meetings/{id}/follow-up-report";

  @Autowired ProcessEngine processEngine;
  @Autowired MeetingRegistration registration;
  @Autowired TestRestTemplate rest;

  long meetingId;

  @BeforeEach
  void followUpAMeeting() {
    meetingId = followedUpMeeting(processEngine, registration).id();
  }

  @Test
  void shouldServeThePrintablePageToTheSecretariat() {
    ResponseEntity<String> page = rest.withBasicAuth("ethics-clerk", "demo").getForEntity(URL, String.class, meetingId);

    assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(page.getHeaders().getContentType().isCompatibleWith(MediaType.TEXT_HTML)).isTrue();
    assertThat(page.getBody())
        .contains("上次會議主席裁(指)示事項辦理情形報告", "民國105年10月19日", "@page", "A4")
        .contains("決議事項", "主辦單位", "辦理情形", "主席裁示")
        .contains("一、" + SUBJECT_1, DECISION_1, "二、" + SUBJECT_2, "三、" + SUBJECT_3)
        .contains("行政處、教育處", "政風處", "本府各處暨所屬各機關")
        .contains("行政處：" + ADMINISTRATION_PROGRESS, "教育處：" + EDUCATION_PROGRESS, ETHICS_PROGRESS)
        .contains("准予備查，解除列管。", "繼續列管：" + INSTRUCTION_2)
        .doesNotContain(EDUCATION_FIRST + "</p>");
  }

  @Test
  void shouldAlsoServeThePageToTheChair() {
    assertThat(rest.withBasicAuth("chair", "demo").getForEntity(URL + "?format=html", String.class, meetingId).getStatusCode())
        .isEqualTo(HttpStatus.OK);
  }

  @Test
  void shouldRefuseAUnitOutsideTheSecretariatAndTheChair() {
    ResponseEntity<String> answer = rest.withBasicAuth("planning-clerk", "demo").getForEntity(URL, String.class, meetingId);

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(answer.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
  }

  @Test
  void shouldAskForSignInWithoutCredentials() {
    assertThat(rest.getForEntity(URL, String.class, meetingId).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void shouldRefuseAnUnknownFormatWithAProblemInChinese() {
    ResponseEntity<String> answer = rest.withBasicAuth("ethics-clerk", "demo").getForEntity(URL + "?format=pdf", String.class, meetingId);

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(answer.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
    assertThat(answer.getBody()).contains("format", "odt", "pdf");
  }

  @Test
  void shouldAnswerNotFoundForAnUnknownMeeting() {
    ResponseEntity<String> answer = rest.withBasicAuth("ethics-clerk", "demo").getForEntity(URL, String.class, 999_999L);

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(answer.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
    assertThat(answer.getBody()).contains("999999");
  }
}
