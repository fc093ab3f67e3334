package tw.gov.securitymeeting.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import tw.gov.securitymeeting.EmbeddedPostgres;
import tw.gov.securitymeeting.SecurityMeetingApplication;

/**
 * The application started as production is (no profile at all) on a real PostgreSQL: it starts with a
 * strong admin password, creates no demo users, and its users' random passwords pass the password rule.
 */
class ProductionStartIT {

  @Test
  void shouldStartWithoutAnyProfileAsProductionWithoutDemoUsers() {
    List<String> args = new ArrayList<>();
    Map<String, String> database = EmbeddedPostgres.newDatabase();
    database.forEach((key, value) -> args.add("--" + key + "=" + value));
    args.addAll(List.of("--camunda.bpm.admin-user.password=Blue-Train-Over-Jiufen-7", "--camunda.bpm.process-engine-name=production",
        "--camunda.bpm.job-execution.enabled=false", "--spring.jmx.enabled=false", "--server.port=0"));
    try (ConfigurableApplicationContext application = new SpringApplicationBuilder(SecurityMeetingApplication.class)
        .run(args.toArray(String[]::new))) {
      assertThat(application.getEnvironment().getActiveProfiles()).isEmpty();
      IdentityService identity = application.getBean(ProcessEngine.class).getIdentityService();
      assertThat(identity.checkPassword("admin", "Blue-Train-Over-Jiufen-7")).isTrue();
      assertThat(identity.createUserQuery().userId("ethics-clerk").count()).isOne();
      // (A wrong password holds the user's sign-ins back for a while: another user than the one changed below.)
      assertThat(identity.checkPassword("chair", "demo")).isFalse();

      User clerk = identity.createUserQuery().userId("ethics-clerk").singleResult();
      clerk.setPassword("demo");
      assertThatThrownBy(() -> identity.saveUser(clerk)).isInstanceOf(BadUserRequestException.class)
          .hasMessageContaining("不可是常見或容易猜到的密碼");
      clerk.setPassword("Kaohsiung-Harbour-Lights-42");
      identity.saveUser(clerk);
      assertThat(identity.checkPassword("ethics-clerk", "Kaohsiung-Harbour-Lights-42")).isTrue();
    }
  }
}
