package tw.gov.securitymeeting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;

/**
 * What a user's Tasklist shows in the columns of a filter: the filter's list over /engine-rest as
 * Tasklist asks for it (HAL, with the filter's variables), signed in as that user.
 */
public final class TasklistColumns {

  private static final ObjectMapper JSON = new ObjectMapper();

  private TasklistColumns() {}

  /** Task id → (variable name → value as text) of every task the user sees in the named filter. */
  public static Map<String, Map<String, String>> of(TestRestTemplate http, String user, String filterName) throws IOException {
    TestRestTemplate signedIn = http.withBasicAuth(user, "demo");
    JsonNode filters = JSON.readTree(signedIn.getForEntity("/engine-rest/filter?resourceType=Task", String.class).getBody());
    String filterId = null;
    for (JsonNode filter : filters) {
      if (filterName.equals(filter.path("name").asText())) {
        filterId = filter.path("id").asText();
      }
    }
    if (filterId == null) {
      throw new AssertionError(user + " has no Tasklist filter 「" + filterName + "」");
    }
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    headers.setAccept(List.of(MediaType.parseMediaType("application/hal+json")));
    JsonNode list = JSON.readTree(signedIn.exchange("/engine-rest/filter/" + filterId + "/list", HttpMethod.POST,
        new HttpEntity<>("{}", headers), String.class).getBody());
    Map<String, Map<String, String>> rows = new LinkedHashMap<>();
    for (JsonNode task : list.path("_embedded").path("task")) {
      Map<String, String> columns = new LinkedHashMap<>();
      for (JsonNode variable : task.path("_embedded").path("variable")) {
        columns.put(variable.path("name").asText(), variable.path("value").asText());
      }
      rows.put(task.path("id").asText(), columns);
    }
    return rows;
  }
}
