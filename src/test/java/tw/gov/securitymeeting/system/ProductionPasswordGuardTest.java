package tw.gov.securitymeeting.system;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.mock.env.MockEnvironment;
import tw.gov.securitymeeting.SecurityMeetingApplication;

/**
 * Every start without the demo profile is production: it refuses demo users and a weak or missing
 * admin password, before any database work.
 */
class ProductionPasswordGuardTest {

  @ParameterizedTest
  @ValueSource(strings = {"prod", "postgres", "production", "anything"})
  void shouldRefuseToStartAnyProfileButDemoWithoutAnAdminPassword(String profile) {
    assertThatThrownBy(() -> start("--spring.profiles.active=" + profile, "--camunda.bpm.admin-user.password="))
        .hasMessage("正式環境拒絕啟動：管理者密碼（環境變數 APP_ADMIN_PASSWORD）不符規定：未設定密碼。"
            + "請設定至少 12 個字元、不常見、不含帳號的密碼；示範環境請以 demo 設定檔啟動（./mvnw spring-boot:run）。");
  }

  @Test
  void shouldRefuseToStartWithoutAnyProfileAndWithoutAnAdminPassword() {
    assertThatThrownBy(() -> start()).hasMessage("正式環境拒絕啟動：管理者密碼（環境變數 APP_ADMIN_PASSWORD）不符規定：未設定密碼。"
        + "請設定至少 12 個字元、不常見、不含帳號的密碼；示範環境請以 demo 設定檔啟動（./mvnw spring-boot:run）。");
  }

  @ParameterizedTest
  @ValueSource(strings = {"Passw0rd", "12345678", "Abcdefghij1", "demo", "P@ssw0rd2026!", "admin-Blue-Train-7"})
  void shouldRefuseWeakAdminPasswords(String password) {
    assertThatThrownBy(() -> guard(production().withProperty("camunda.bpm.admin-user.password", password)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("正式環境拒絕啟動：管理者密碼（環境變數 APP_ADMIN_PASSWORD）不符規定：");
  }

  @Test
  void shouldRefuseDemoUsersInProduction() {
    assertThatThrownBy(() -> guard(production().withProperty("camunda.bpm.admin-user.password", "Blue-Train-Over-Jiufen-7")
        .withProperty("app.organization.demo-users", "true")))
        .hasMessageContaining("不可建立示範使用者");
  }

  @Test
  void shouldLetAStrongAdminPasswordStart() {
    assertThatCode(() -> guard(production().withProperty("camunda.bpm.admin-user.password", "Blue-Train-Over-Jiufen-7")))
        .doesNotThrowAnyException();
  }

  @Test
  void shouldLeaveTheDemoProfileAlone() {
    MockEnvironment demo = production().withProperty("camunda.bpm.admin-user.password", "demo")
        .withProperty("app.organization.demo-users", "true");
    demo.setActiveProfiles("demo");
    assertThatCode(() -> guard(demo)).doesNotThrowAnyException();
  }

  private static MockEnvironment production() {
    return new MockEnvironment().withProperty("camunda.bpm.admin-user.id", "admin")
        .withProperty("camunda.bpm.admin-user.email", "admin@example.gov.tw");
  }

  private static void guard(MockEnvironment environment) {
    new ProductionPasswordGuard().postProcessEnvironment(environment, null);
  }

  private static void start(String... args) {
    new SpringApplicationBuilder(SecurityMeetingApplication.class).web(WebApplicationType.NONE).run(args).close();
  }
}
