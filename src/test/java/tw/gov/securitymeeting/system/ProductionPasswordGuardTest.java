package tw.gov.securitymeeting.system;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import tw.gov.securitymeeting.SecurityMeetingApplication;

/** The production profile refuses to start with a demo or empty admin password, before any database work. */
class ProductionPasswordGuardTest {

  @Test
  void shouldRefuseTheDemoPasswordInThePostgresProfile() {
    assertThatThrownBy(() -> start("--spring.profiles.active=postgres", "--camunda.bpm.admin-user.password=demo"))
        .hasMessageContaining("APP_ADMIN_PASSWORD");
  }

  @Test
  void shouldRefuseAnEmptyPasswordInThePostgresProfile() {
    assertThatThrownBy(() -> start("--spring.profiles.active=postgres", "--camunda.bpm.admin-user.password="))
        .hasMessageContaining("APP_ADMIN_PASSWORD");
  }

  @Test
  void shouldRefuseDemoUsersInProduction() {
    assertThatThrownBy(() -> start("--spring.profiles.active=production", "--camunda.bpm.admin-user.password=Str0ng-enough",
        "--app.organization.demo-users=true"))
        .hasMessageContaining("示範使用者");
  }

  private static void start(String... args) {
    new SpringApplicationBuilder(SecurityMeetingApplication.class).web(org.springframework.boot.WebApplicationType.NONE).run(args).close();
  }
}
