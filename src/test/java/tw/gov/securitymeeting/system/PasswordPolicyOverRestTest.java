package tw.gov.securitymeeting.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import tw.gov.securitymeeting.ApplicationTest;

/** Camunda's password policy is the application's rule, for every user, answered in Chinese. */
@ApplicationTest
class PasswordPolicyOverRestTest {

  @Autowired TestRestTemplate http;
  @Autowired IdentityService identityService;
  final ObjectMapper json = new ObjectMapper();

  @Test
  void shouldRefuseAClerksPasswordOf1With400AndTheReasonInChinese() throws Exception {
    ResponseEntity<String> answer = credentials("social-affairs-clerk", "1");

    assertThat(answer.getStatusCode().value()).isEqualTo(400);
    assertThat(json.readTree(answer.getBody()).path("message").asText()).startsWith("密碼不符規定：").contains("至少 12 個字元");
    assertThat(identityService.checkPassword("social-affairs-clerk", "demo")).isTrue();
  }

  @Test
  void shouldRefuseCommonPasswordsAndTheUserIdWhateverTheirLength() throws Exception {
    for (String weak : new String[] {"Passw0rd", "12345678", "P@ssw0rd2026!", "qwertyuiop123", "social-affairs-clerk-2026"}) {
      ResponseEntity<String> answer = credentials("social-affairs-clerk", weak);
      assertThat(answer.getStatusCode().value()).as(weak).isEqualTo(400);
    }
    assertThat(identityService.checkPassword("social-affairs-clerk", "demo")).isTrue();
  }

  @Test
  void shouldAcceptAStrongPasswordAndInTheDemoTheDemoPasswordAgain() {
    assertThat(credentials("administration-head", "Blue-Train-Over-Jiufen-7").getStatusCode().value()).isEqualTo(204);
    assertThat(identityService.checkPassword("administration-head", "Blue-Train-Over-Jiufen-7")).isTrue();
    assertThat(http.withBasicAuth("administration-head", "Blue-Train-Over-Jiufen-7")
        .exchange("/engine-rest/user/administration-head/credentials", HttpMethod.PUT,
            body("{\"password\": \"demo\", \"authenticatedUserPassword\": \"Blue-Train-Over-Jiufen-7\"}"), String.class)
        .getStatusCode().value()).isEqualTo(204);
  }

  @Test
  void shouldRefuseAnAdminCreatingAUserWithAWeakPassword() throws Exception {
    ResponseEntity<String> answer = http.withBasicAuth("admin", "demo").postForEntity("/engine-rest/user/create",
        body("{\"profile\": {\"id\": \"weak-user\", \"firstName\": \"弱\", \"lastName\": \"密碼\", \"email\": \"weak@example.gov.tw\"},"
            + " \"credentials\": {\"password\": \"password123\"}}"), String.class);
    assertThat(answer.getStatusCode().value()).isEqualTo(400);
    assertThat(json.readTree(answer.getBody()).path("message").asText()).contains("至少 12 個字元", "常見");
    assertThat(identityService.createUserQuery().userId("weak-user").count()).isZero();
  }

  @Test
  void shouldShowThePolicyToAdminWithItsRules() throws Exception {
    ResponseEntity<String> policy = http.withBasicAuth("admin", "demo").getForEntity("/engine-rest/identity/password-policy", String.class);
    assertThat(json.readTree(policy.getBody()).findValuesAsText("placeholder"))
        .containsExactly("PASSWORD_POLICY_LENGTH", "PASSWORD_POLICY_COMMON", "PASSWORD_POLICY_USER_DATA");
    ResponseEntity<String> check = http.withBasicAuth("admin", "demo").postForEntity("/engine-rest/identity/password-policy",
        body("{\"password\": \"1\"}"), String.class);
    assertThat(check.getStatusCode().value()).isEqualTo(200);
    assertThat(json.readTree(check.getBody()).path("valid").asBoolean()).isFalse();
  }

  private ResponseEntity<String> credentials(String user, String password) {
    return http.withBasicAuth(user, "demo").exchange("/engine-rest/user/" + user + "/credentials", HttpMethod.PUT,
        body("{\"password\": \"" + password + "\", \"authenticatedUserPassword\": \"demo\"}"), String.class);
  }

  private static HttpEntity<String> body(String json) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return new HttpEntity<>(json, headers);
  }
}
