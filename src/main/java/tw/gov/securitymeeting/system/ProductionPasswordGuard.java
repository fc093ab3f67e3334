package tw.gov.securitymeeting.system;

import java.util.List;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Profiles;

/**
 * Every start without the {@code demo} profile is production: it refuses to start with demo users
 * or with an administrator password that {@link PasswordRules} refuses, before anything touches
 * the database.
 */
public class ProductionPasswordGuard implements EnvironmentPostProcessor {

  static final String DEMO_PROFILE = "demo";

  @Override
  public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
    if (environment.acceptsProfiles(Profiles.of(DEMO_PROFILE))) {
      return;
    }
    if (environment.getProperty("app.organization.demo-users", Boolean.class, false)) {
      throw new IllegalStateException(
          "正式環境拒絕啟動：不可建立示範使用者。請移除 app.organization.demo-users=true；示範環境請以 demo 設定檔啟動（./mvnw spring-boot:run）。");
    }
    String adminId = environment.getProperty("camunda.bpm.admin-user.id", "");
    if (adminId.isBlank()) {
      return;
    }
    UserEntity admin = new UserEntity(adminId);
    admin.setFirstName(environment.getProperty("camunda.bpm.admin-user.first-name"));
    admin.setLastName(environment.getProperty("camunda.bpm.admin-user.last-name"));
    admin.setEmail(environment.getProperty("camunda.bpm.admin-user.email"));
    String demoPassword = environment.getProperty("app.organization.demo-password", "demo");
    List<String> problems = new PasswordRules(CommonPasswords.shipped(), demoPassword, false)
        .problems(environment.getProperty("camunda.bpm.admin-user.password", ""), admin);
    if (!problems.isEmpty()) {
      throw new IllegalStateException("正式環境拒絕啟動：管理者密碼（環境變數 APP_ADMIN_PASSWORD）不符規定：" + String.join("；", problems)
          + "。請設定至少 " + PasswordRules.MIN_LENGTH + " 個字元、不常見、不含帳號的密碼；示範環境請以 demo 設定檔啟動（./mvnw spring-boot:run）。");
    }
  }
}
