package tw.gov.securitymeeting.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import tw.gov.securitymeeting.ApplicationTest;

/** GET /api/reminders: for the overseers, with clear answers to bad filters. */
@ApplicationTest
class ReminderApiTest {

  @Autowired TestRestTemplate http;

  @Test
  void shouldListTheMailRecordForTheSecretariatAndTheChair() {
    assertThat(http.withBasicAuth("ethics-clerk", "demo").getForEntity("/api/reminders", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(http.withBasicAuth("chair", "demo").getForEntity("/api/reminders?status=pending&taskId=x", String.class).getBody()).isEqualTo("[]");
  }

  @Test
  void shouldRefuseAnUnknownStatusWithA400() {
    ResponseEntity<String> response = http.withBasicAuth("ethics-clerk", "demo").getForEntity("/api/reminders?status=LOST", String.class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getBody()).contains("status", "LOST", "PENDING");
  }

  @Test
  void shouldRefuseUnitClerksAndAnonymousCallers() {
    assertThat(http.withBasicAuth("education-clerk", "demo").getForEntity("/api/reminders", String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(http.getForEntity("/api/reminders", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }
}
