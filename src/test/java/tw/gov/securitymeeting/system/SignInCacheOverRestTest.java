package tw.gov.securitymeeting.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import tw.gov.securitymeeting.ApplicationTest;

/**
 * The sign-in cache over HTTP: a changed password and a removed membership count at the next call, whether
 * changed over /engine-rest (as Admin does) or through the identity service (as the organisation import does).
 */
@ApplicationTest
class SignInCacheOverRestTest {

  static final String FIRST = "Harbour-Lights-Keelung-41";
  static final String SECOND = "Paper-Lantern-Pingxi-73";

  @Autowired TestRestTemplate http;
  @Autowired IdentityService identityService;
  String userId;

  @BeforeEach
  void secretariatMember() {
    userId = "cache-" + UUID.randomUUID().toString().substring(0, 8);
    User user = identityService.newUser(userId);
    user.setFirstName("快取");
    user.setLastName("測試");
    user.setEmail(userId + "@example.gov.tw");
    user.setPassword(FIRST);
    identityService.saveUser(user);
    identityService.createMembership(userId, "ethics");
  }

  @AfterEach
  void removeUser() {
    identityService.deleteUser(userId);
  }

  @Test
  void shouldRefuseTheOldPasswordAtOnceAfterAnAdminChangedIt() {
    assertThat(status(userId, FIRST, "/engine-rest/task/count")).isEqualTo(200);
    assertThat(status(userId, FIRST, "/engine-rest/task/count")).isEqualTo(200);

    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    assertThat(http.withBasicAuth("admin", "demo").exchange("/engine-rest/user/" + userId + "/credentials", HttpMethod.PUT,
        new HttpEntity<>("{\"password\": \"" + SECOND + "\", \"authenticatedUserPassword\": \"demo\"}", headers), String.class)
        .getStatusCode().value()).isEqualTo(204);

    // The new one first: after a failed attempt Camunda delays the user's next sign-in.
    assertThat(status(userId, SECOND, "/engine-rest/task/count")).isEqualTo(200);
    assertThat(status(userId, FIRST, "/engine-rest/task/count")).isEqualTo(401);
  }

  @Test
  void shouldRefuseTheSecretariatsApiAtOnceAfterTheMembershipWasRemoved() {
    assertThat(status(userId, FIRST, "/api/meetings")).isEqualTo(200);
    assertThat(status(userId, FIRST, "/api/meetings")).isEqualTo(200);

    identityService.deleteMembership(userId, "ethics");

    assertThat(status(userId, FIRST, "/api/meetings")).isEqualTo(403);
  }

  @Test
  void shouldRefuseADeletedUserAtOnce() {
    assertThat(status(userId, FIRST, "/engine-rest/task/count")).isEqualTo(200);

    identityService.deleteUser(userId);

    assertThat(status(userId, FIRST, "/engine-rest/task/count")).isEqualTo(401);
  }

  @Test
  void shouldNeverAcceptAWrongPasswordAfterARightOne() {
    assertThat(status(userId, FIRST, "/engine-rest/task/count")).isEqualTo(200);

    assertThat(status(userId, FIRST + "x", "/engine-rest/task/count")).isEqualTo(401);
    assertThat(status("nobody-" + userId, FIRST, "/engine-rest/task/count")).isEqualTo(401);
    assertThat(status("nobody-" + userId, FIRST, "/engine-rest/task/count")).isEqualTo(401);
  }

  private int status(String user, String password, String path) {
    return http.withBasicAuth(user, password).getForEntity(path, String.class).getStatusCode().value();
  }
}
