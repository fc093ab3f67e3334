package tw.gov.securitymeeting.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The password rule: 12 characters, nothing common or guessable, nothing of the user. */
class PasswordRulesTest {

  static final CommonPasswords COMMON = CommonPasswords.shipped();
  final PasswordRules production = new PasswordRules(COMMON, "demo", false);
  final PasswordRules demo = new PasswordRules(COMMON, "demo", true);

  @ParameterizedTest
  @ValueSource(strings = {"Passw0rd", "12345678", "Abcdefghij1", "demo", "1"})
  void shouldRefuseShortPasswords(String password) {
    assertThat(production.problems(password, clerk())).contains("至少 12 個字元");
  }

  @ParameterizedTest
  @ValueSource(strings = {"P@ssw0rd2026!", "Password1234", "qwertyuiop12", "1qaz2wsx3edc", "qwertyqwerty", "adminadmin2026",
      "123456789012", "12345678901234", "abcdefghijklmn", "aaaaaaaaaaaaaa", "ababababababab", "Iloveyou5201314", "!!Welcome2025!!"})
  void shouldRefuseCommonAndGuessablePasswords(String password) {
    assertThat(production.problems(password, clerk())).containsExactly("不可是常見或容易猜到的密碼（例如 Passw0rd、12345678、鍵盤上連續的按鍵）");
  }

  @Test
  void shouldRefuseThePasswordContainingTheUserIdOrName() {
    assertThat(production.problems("ethics-clerk-Blue-Train", clerk())).containsExactly("不可包含帳號、姓名或電子郵件");
    assertThat(production.problems("政風處承辦人的長密碼不要猜", clerk())).containsExactly("不可包含帳號、姓名或電子郵件");
  }

  @Test
  void shouldRefuseTheDemoPasswordOutsideTheDemoOnly() {
    assertThat(production.problems("demo", clerk())).isNotEmpty();
    assertThat(demo.problems("demo", clerk())).isEmpty();
    assertThat(demo.problems("1", clerk())).contains("至少 12 個字元");
  }

  @ParameterizedTest
  @ValueSource(strings = {"Blue-Train-Over-Jiufen-7", "阿里山的日出在清晨五點半出現", "v8#Kq2!mZr9@Lw"})
  void shouldAcceptLongUncommonPasswords(String password) {
    assertThat(production.problems(password, clerk())).isEmpty();
  }

  @Test
  void shouldShipAFewHundredCommonPasswords() {
    assertThat(COMMON.size()).isBetween(200, 1000);
  }

  @Test
  void shouldOfferItsRulesToCamundaWithAdminsPlaceholders() {
    assertThat(production.getRules()).extracting(r -> r.getPlaceholder())
        .containsExactly("PASSWORD_POLICY_LENGTH", "PASSWORD_POLICY_COMMON", "PASSWORD_POLICY_USER_DATA");
    assertThat(production.getRules().get(0).getParameters()).containsEntry("minLength", "12");
    // Outside a command (Admin's live check) a rule only reports.
    assertThat(production.getRules().get(0).execute("1", clerk())).isFalse();
  }

  private static UserEntity clerk() {
    UserEntity user = new UserEntity("ethics-clerk");
    user.setFirstName("政風處承辦人");
    user.setEmail("ethics-clerk@example.gov.tw");
    return user;
  }
}
