package tw.gov.securitymeeting.system;

import java.util.Set;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Profiles;

/**
 * Refuses to start a production (postgres) profile with demo users or a weak admin password,
 * before anything touches the database.
 */
public class ProductionPasswordGuard implements EnvironmentPostProcessor {

  private static final Set<String> WEAK = Set.of("demo", "admin", "password", "camunda");

  @Override
  public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
    if (!environment.acceptsProfiles(Profiles.of("postgres | production"))) {
      return;
    }
    if (environment.getProperty("app.organization.demo-users", Boolean.class, false)) {
      throw new IllegalStateException("正式環境不可建立示範使用者：請移除 app.organization.demo-users=true。");
    }
    String password = environment.getProperty("camunda.bpm.admin-user.password", "");
    if (password.isBlank() || WEAK.contains(password.toLowerCase()) || password.length() < 8) {
      throw new IllegalStateException(
          "正式環境拒絕啟動：管理者密碼未設定或過於簡單。請以環境變數 APP_ADMIN_PASSWORD 設定至少 8 個字元且非示範用的密碼。");
    }
  }
}
