package tw.gov.securitymeeting.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Checks the Traditional Chinese (Taiwan) locale files that this application adds to the Camunda
 * webapps. The English originals come from the camunda-webapp-webjar on the classpath.
 */
class WebappLocaleTest {

  private static final String APP_ROOT = "META-INF/resources/webjars/camunda/app/";

  /**
   * Characters that only exist in Simplified Chinese. None of them may appear in a zh-TW text;
   * their Traditional forms are 設務戶認為這們時現應進據選項刪請碼權組發覽狀態視圖實動執變類錄啟關開間無對會個樣還單儲載傳級歷錯誤敗獲環測階頁輸區簽門.
   */
  static final String SIMPLIFIED_ONLY_CHARACTERS =
      "设务户认为这们时现应进据选项删请码权组发览状态视图实动执变类录启关开间无对会个样还单储载传级历错误败获环测阶页输区签门";

  /**
   * Cockpit keys seen on the dashboard, process, instance, incident, decision, deployment, batch
   * and task pages.
   */
  static final List<String> COCKPIT_MAIN_PAGE_KEYS =
      List.of(
          "COCKPIT_PROCESSES",
          "COCKPIT_DECISIONS",
          "COCKPIT_HUMAN_TASKS",
          "COCKPIT_DEPLOYMENTS",
          "COCKPIT_BATCHES",
          "COCKPIT_MORE",
          "COCKPIT_REPORTS",
          "DASHBOARD_DASHBOARD",
          "DASHBOARD_RUNNING_PROCESS_INSTANCE",
          "DASHBOARD_OPEN_INCIDENTS",
          "DASHBOARD_OPEN_HUMAN_TASKS",
          "DASHBOARD_PROCESS_DEFINITIONS",
          "DASHBOARD_DECISION_DEFINITIONS",
          "DASHBOARD_DEPLOYMENTS",
          "DASHBOARD_DEPLOYED",
          "DASHBOARD_METRICS",
          "DASHBOARD_ASSIGNED_TO_USER",
          "DASHBOARD_ASSIGNED_TO_GROUPS",
          "DASHBOARD_UNASSIGNED",
          "PLUGIN_PROCESS_DEF_LIST",
          "PLUGIN_PROCESS_DEF_PREVIEWS",
          "PLUGIN_PROCESS_DEF_NAME",
          "PLUGIN_PROCESS_DEF_KEY",
          "PLUGIN_PROCESS_DEF_INCIDENTS",
          "PLUGIN_PROCESS_DEF_RUNNING_INSTANCES",
          "PLUGIN_PROCESS_DEF_PROCESS_DEFINITIONS_DEPLOYED",
          "PLUGIN_PROCESS_DEF_NO_PROCESS_DEF",
          "PROCESS_DEFINITION_DEFINITION_VERSION",
          "PROCESS_DEFINITION_DEFINITION_KEY",
          "PROCESS_DEFINITION_INSTANCES_RUNNING",
          "PROCESS_DEFINITION_HISTORY_TIME_TO_LIVE",
          "PROCESS_INSTANCE_INSTANCE_ID",
          "PROCESS_INSTANCE_BUSINESS_KEY",
          "PROCESS_INSTANCE_INFORMATION",
          "PROCESS_INSTANCE_INSTANCE_VIEW",
          "PLUGIN_VARIABLE_INSTANCES_LABEL",
          "PLUGIN_VARIABLE_NAME",
          "PLUGIN_VARIABLE_VALUE",
          "PLUGIN_VARIABLE_TYPE",
          "PLUGIN_VARIABLE_SCOPE",
          "PLUGIN_INCIDENTS_LABEL",
          "PLUGIN_INCIDENTS_TAB_MESSAGE",
          "PLUGIN_INCIDENTS_TAB_TIMESTAMP",
          "PLUGIN_INCIDENTS_TAB_ACTIVITY",
          "PLUGIN_INCIDENTS_TAB_TYPE",
          "PLUGIN_INCIDENTS_TAB_NO_INCIDENTS",
          "PLUGIN_JOBS_LABEL",
          "PLUGIN_JOB_DEFINITION_LABEL",
          "PLUGIN_DECISION_TABLE_NAME",
          "PLUGIN_DECISION_TABLE_TITLE_DEFINITIONS",
          "DECISION_DEFINITION_LABEL",
          "DECISION_INSTANCE_INSTANCE_VIEW",
          "REPOSITORY_DEPLOYMENTS_DEPLOYMENT_TIME",
          "REPOSITORY_DEPLOYMENTS_NO_DEPLOYMENTS_AVAILABLE",
          "REPOSITORY_DEPLOYMENTS_DELETE_SURE",
          "BATCHES_TITLE_BATCHES",
          "BATCHES_PROGRESS_IN",
          "BATCHES_PROGRESS_END",
          "BATCHES_PROGRESS_FAIL_JOBS",
          "PLUGIN_TASK_DASHBOARD_TITLE",
          "PLUGIN_TASK_ASSIGNMENT_BY_TYPE",
          "PLUGIN_TASK_ASSIGNMENT_BY_GROUP",
          "CAM_WIDGET_HEADER_MY_PROFILE",
          "CAM_WIDGET_HEADER_SIGN_OUT",
          "CAM_WIDGET_FOOTER_POWERED_BY",
          "CAM_WIDGET_FOOTER_TIMEZONE",
          "PAGE_LOGIN_USERNAME",
          "PAGE_LOGIN_PASSWORD",
          "PAGE_LOGIN_SIGN_IN_ACTION",
          "PAGE_LOGIN_FAILED",
          "PAGE_LOGIN_ERROR_MSG");

  /** Admin keys seen on the user, group, tenant, authorization, system and login pages. */
  static final List<String> ADMIN_MAIN_PAGE_KEYS =
      List.of(
          "USERS_USERS",
          "USERS_LIST_OF_USERS",
          "USERS_CREATE_NEW_USER",
          "USERS_ID",
          "USERS_FIRSTNAME",
          "USERS_LASTNAME",
          "USERS_EMAIL",
          "USERS_PASSWORD",
          "USERS_PROFILE",
          "USERS_ACCOUNT",
          "USERS_GROUPS",
          "USERS_TENANTS",
          "USERS_CHANGE_PASSWORD",
          "USERS_DELETE_USER",
          "USERS_UNLOCK_USER",
          "USERS_USER_DELETE_CONFIRM",
          "GROUPS_GROUPS",
          "GROUPS_LIST_OF_GROUPS",
          "GROUPS_CREATE_NEW",
          "GROUPS_GROUP_ID",
          "GROUPS_GROUP_NAME",
          "GROUPS_GROUP_TYPE",
          "GROUP_EDIT_GROUP_DETAILS",
          "GROUP_EDIT_DELETE_GROUP",
          "GROUP_EDIT_USERS",
          "TENANTS_TENANTS",
          "TENANTS_LIST_OF_TENANTS",
          "TENANTS_CREATE_NEW",
          "TENANTS_TENANT_ID",
          "TENANTS_TENANT_NAME",
          "TENANTS_DELETE_TENANT",
          "AUTHORIZATION_AUTHORIZATIONS",
          "AUTHORIZATION_CREATE_NEW_AUTHORIZATION",
          "AUTHORIZATION_TYPE",
          "AUTHORIZATION_USER_GROUP",
          "AUTHORIZATION_PERMISSIONS",
          "AUTHORIZATION_RESOURCE_ID",
          "AUTHORIZATION_ACTION",
          "AUTHORIZATION_APPLICATION",
          "AUTHORIZATION_PROCESS_DEFINITION",
          "AUTHORIZATION_PROCESS_INSTANCE",
          "AUTHORIZATION_TASK",
          "AUTHORIZATION_DEPLOYMENT",
          "AUTHORIZATION_ALLOW",
          "AUTHORIZATION_DENY",
          "AUTHORIZATION_GLOBAL",
          "SYSTEM_SYSTEM",
          "SYSTEM_GENERAL",
          "SYSTEM_GENERAL_SETTINGS",
          "SYSTEM_PROCESS_ENGINE",
          "SYSTEM_PROCESS_RUNNING",
          "EXECUTION_METRICS",
          "DIAGNOSTICS",
          "SETUP_USER_NEW_USER",
          "CAM_WIDGET_HEADER_MY_PROFILE",
          "CAM_WIDGET_HEADER_SIGN_OUT",
          "CAM_WIDGET_FOOTER_POWERED_BY",
          "PAGE_LOGIN_USERNAME",
          "PAGE_LOGIN_PASSWORD",
          "PAGE_LOGIN_SIGN_IN_ACTION",
          "PAGE_LOGIN_FAILED");

  private static final Pattern PLACEHOLDER =
      Pattern.compile("\\{\\{\\s*([^}\\s]+)\\s*}}|%[sd]|\\{}");

  private final ObjectMapper mapper = new ObjectMapper();

  @Test
  void shouldTranslateEveryTasklistKeyThatTheWebjarShipsInEnglish() throws IOException {
    Map<String, String> english = flatten(read(localeFile("tasklist", "en")));
    Map<String, String> chinese = flatten(read(localeFile("tasklist", "zh-TW")));

    assertThat(english).hasSizeGreaterThan(400);
    List<String> untranslated = new ArrayList<>();
    english.forEach(
        (key, value) -> {
          String translation = chinese.get(key);
          if (translation == null || (!value.isBlank() && translation.isBlank())) {
            untranslated.add(key);
          }
        });
    assertThat(untranslated).as("tasklist keys without a Chinese value").isEmpty();
  }

  @Test
  void shouldTranslateTheMainPageKeysOfCockpit() throws IOException {
    assertThat(COCKPIT_MAIN_PAGE_KEYS).hasSizeGreaterThanOrEqualTo(40).doesNotHaveDuplicates();
    assertMainPageKeysAreTranslated("cockpit", COCKPIT_MAIN_PAGE_KEYS);
  }

  @Test
  void shouldTranslateTheMainPageKeysOfAdmin() throws IOException {
    assertThat(ADMIN_MAIN_PAGE_KEYS).hasSizeGreaterThanOrEqualTo(40).doesNotHaveDuplicates();
    assertMainPageKeysAreTranslated("admin", ADMIN_MAIN_PAGE_KEYS);
  }

  /**
   * With fallbackLocale zh-TW the webapps fall back from zh to zh-TW and then show the raw key,
   * never the English text, so a key missing here would appear as e.g. "PLUGIN_JOBS_LABEL".
   * The only keys of our own: the placeholder of our password rule (system/PasswordRules).
   */
  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "cockpit", "admin"})
  void shouldContainEveryEnglishKeyAndNoOtherKeyFor(String app) throws IOException {
    Map<String, String> english = flatten(read(localeFile(app, "en")));
    Map<String, String> chinese = flatten(read(localeFile(app, "zh-TW")));
    if (app.equals("admin")) {
      english.put("labels.PASSWORD_POLICY_COMMON", "");
    }

    assertThat(new TreeSet<>(chinese.keySet())).isEqualTo(new TreeSet<>(english.keySet()));
  }

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "cockpit", "admin"})
  void shouldUseNoSimplifiedOnlyCharactersIn(String app) throws IOException {
    Map<String, String> chinese = flatten(read(localeFile(app, "zh-TW")));

    List<String> offending = new ArrayList<>();
    chinese.forEach(
        (key, value) -> {
          for (int i = 0; i < value.length(); i++) {
            if (SIMPLIFIED_ONLY_CHARACTERS.indexOf(value.charAt(i)) >= 0) {
              offending.add(key + " = " + value);
              break;
            }
          }
        });
    assertThat(offending).as(app + " values with Simplified-only characters").isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "cockpit", "admin"})
  void shouldKeepTheEnglishPlaceholdersIn(String app) throws IOException {
    Map<String, String> english = flatten(read(localeFile(app, "en")));
    Map<String, String> chinese = flatten(read(localeFile(app, "zh-TW")));

    List<String> changed = new ArrayList<>();
    english.forEach(
        (key, value) -> {
          String translation = chinese.get(key);
          if (translation != null && !placeholders(value).equals(placeholders(translation))) {
            changed.add(key + ": " + value + " -> " + translation);
          }
        });
    assertThat(changed).as(app + " values whose placeholders differ").isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "cockpit", "admin"})
  void shouldOfferTraditionalChineseAndFallBackToItInTheConfigOf(String app) throws IOException {
    String config = ourResource(APP_ROOT + app + "/scripts/config.js");

    assertThat(config)
        .contains("availableLocales: ['zh-TW', 'zh', 'en']")
        .contains("fallbackLocale: 'zh-TW'")
        .startsWith("//");
  }

  private void assertMainPageKeysAreTranslated(String app, List<String> keys) throws IOException {
    Map<String, String> english = flatten(read(localeFile(app, "en")));
    Map<String, String> chinese = flatten(read(localeFile(app, "zh-TW")));

    for (String key : keys) {
      String label = "labels." + key;
      assertThat(english).as("%s en.json", app).containsKey(label);
      assertThat(chinese.get(label)).as("%s %s", app, key).isNotBlank();
    }
  }

  private static String localeFile(String app, String locale) {
    return APP_ROOT + app + "/locales/" + locale + ".json";
  }

  private JsonNode read(String path) throws IOException {
    try (InputStream in = getClass().getClassLoader().getResourceAsStream(path)) {
      assertThat(in).as("%s on the classpath", path).isNotNull();
      // Jackson skips the UTF-8 byte order mark that the webjar's en.json files start with.
      return mapper.readTree(in);
    }
  }

  /** This project's copy of a resource, not a jar's (the webjar ships its own config.js). */
  private String ourResource(String path) throws IOException {
    for (URL url : Collections.list(getClass().getClassLoader().getResources(path))) {
      if ("file".equals(url.getProtocol())) {
        try (InputStream in = url.openStream()) {
          return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
      }
    }
    throw new AssertionError(path + " is not among this project's resources");
  }

  static Map<String, String> flatten(JsonNode node) {
    Map<String, String> flat = new LinkedHashMap<>();
    flatten("", node, flat);
    return flat;
  }

  private static void flatten(String prefix, JsonNode node, Map<String, String> flat) {
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> field : node.properties()) {
        String key = prefix.isEmpty() ? field.getKey() : prefix + "." + field.getKey();
        flatten(key, field.getValue(), flat);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        flatten(prefix + "[" + i + "]", node.get(i), flat);
      }
    } else {
      flat.put(prefix, node.asText());
    }
  }

  private static List<String> placeholders(String text) {
    List<String> found = new ArrayList<>();
    Matcher matcher = PLACEHOLDER.matcher(text);
    while (matcher.find()) {
      found.add(matcher.group(1) != null ? matcher.group(1) : matcher.group());
    }
    Collections.sort(found);
    return found;
  }
}
