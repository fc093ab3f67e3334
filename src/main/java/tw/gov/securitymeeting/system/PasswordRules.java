package tw.gov.securitymeeting.system;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiPredicate;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.identity.PasswordPolicy;
import org.camunda.bpm.engine.identity.PasswordPolicyRule;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.context.Context;

/**
 * The one password rule of the application, for the administrator's password at start-up
 * ({@link ProductionPasswordGuard}) and, as Camunda's password policy, for every password a person
 * sets (Admin, {@code /engine-rest/user/…/credentials}): at least 12 characters, not a common or
 * easily guessed password, not the demo password, and not containing the user's id, name or e-mail.
 *
 * <p>Camunda answers a password refused while saving a user with 500 and an English sentence, so
 * inside the engine's save a rule that fails throws {@link BadUserRequestException} with every
 * Chinese reason instead (400 over REST). Admin's live check of the policy runs outside a command
 * and just reports which rules are met.
 */
final class PasswordRules implements PasswordPolicy {

  static final int MIN_LENGTH = 12;

  private final List<PasswordPolicyRule> rules;
  private final String acceptedDemoPassword;

  /**
   * @param demoPassword refused in production; accepted as it is when {@code acceptDemoPassword}
   *     (the demo profile only), so that the demo accounts can be created with it
   */
  PasswordRules(CommonPasswords common, String demoPassword, boolean acceptDemoPassword) {
    this.acceptedDemoPassword = acceptDemoPassword ? demoPassword : null;
    this.rules = List.of(
        new Rule("PASSWORD_POLICY_LENGTH", Map.of("minLength", String.valueOf(MIN_LENGTH)),
            "至少 " + MIN_LENGTH + " 個字元", (password, user) -> password.codePointCount(0, password.length()) >= MIN_LENGTH),
        new Rule("PASSWORD_POLICY_COMMON", null, "不可是常見或容易猜到的密碼（例如 Passw0rd、12345678、鍵盤上連續的按鍵）",
            (password, user) -> !common.contains(password) && !password.equalsIgnoreCase(demoPassword)),
        new Rule("PASSWORD_POLICY_USER_DATA", null, "不可包含帳號、姓名或電子郵件",
            (password, user) -> !containsUserData(password, user)));
  }

  @Override
  public List<PasswordPolicyRule> getRules() {
    return rules;
  }

  /** The Chinese reasons why this password may not be used by this user; empty when it may. */
  List<String> problems(String password, User user) {
    List<String> problems = new ArrayList<>();
    if (password == null || password.isEmpty()) {
      return List.of("未設定密碼");
    }
    if (password.equals(acceptedDemoPassword)) {
      return problems;
    }
    for (PasswordPolicyRule rule : rules) {
      if (!((Rule) rule).test.test(password, user)) {
        problems.add(((Rule) rule).reason);
      }
    }
    return problems;
  }

  private static boolean containsUserData(String password, User user) {
    if (user == null) {
      return false;
    }
    String lower = password.toLowerCase(Locale.ROOT);
    String email = user.getEmail() == null ? null : user.getEmail().split("@")[0];
    for (String data : new String[] {user.getId(), user.getFirstName(), user.getLastName(), email}) {
      if (data != null && !data.isBlank() && lower.contains(data.strip().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  private final class Rule implements PasswordPolicyRule {

    private final String placeholder;
    private final Map<String, String> parameters;
    private final String reason;
    private final BiPredicate<String, User> test;

    Rule(String placeholder, Map<String, String> parameters, String reason, BiPredicate<String, User> test) {
      this.placeholder = placeholder;
      this.parameters = parameters;
      this.reason = reason;
      this.test = test;
    }

    @Override
    public String getPlaceholder() {
      return placeholder;
    }

    @Override
    public Map<String, String> getParameters() {
      return parameters;
    }

    @Override
    public boolean execute(String password) {
      return execute(password, null);
    }

    @Override
    public boolean execute(String password, User user) {
      if (password == null || password.equals(acceptedDemoPassword) || test.test(password, user)) {
        return true;
      }
      if (Context.getCommandContext() != null) {
        // Saving a user: refuse with every reason, in Chinese, as a caller's error.
        throw new BadUserRequestException("密碼不符規定：" + String.join("；", problems(password, user)) + "。");
      }
      return false;
    }
  }
}
