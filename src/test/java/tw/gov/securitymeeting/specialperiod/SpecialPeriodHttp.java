package tw.gov.securitymeeting.specialperiod;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** The API and Camunda REST as the demo users call them (password demo). */
final class SpecialPeriodHttp {

  final ObjectMapper json = new ObjectMapper();
  private final TestRestTemplate http;

  SpecialPeriodHttp(TestRestTemplate http) {
    this.http = http;
  }

  ResponseEntity<String> post(String user, String path, String body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return http.withBasicAuth(user, "demo").exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), String.class);
  }

  ResponseEntity<String> get(String user, String path) {
    return http.withBasicAuth(user, "demo").getForEntity(path, String.class);
  }

  ResponseEntity<byte[]> bytes(String user, String path) {
    return http.withBasicAuth(user, "demo").getForEntity(path, byte[].class);
  }

  JsonNode read(ResponseEntity<String> response) throws Exception {
    return json.readTree(response.getBody());
  }

  /** Completes a task over /engine-rest with string variables, as a REST client would. */
  ResponseEntity<String> complete(String user, String taskId, Map<String, Object> variables) throws Exception {
    Map<String, Object> vars = new LinkedHashMap<>();
    for (Map.Entry<String, Object> v : variables.entrySet()) {
      vars.put(v.getKey(), v.getValue() instanceof String ? Map.of("value", v.getValue(), "type", "String")
          : Map.of("value", json.writeValueAsString(v.getValue()), "type", "Json"));
    }
    return post(user, "/engine-rest/task/" + taskId + "/complete", json.writeValueAsString(Map.of("variables", vars)));
  }

  /** The fields and messages of a 400 problem+json answer. */
  Map<String, String> errors(ResponseEntity<String> response) throws Exception {
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
    Map<String, String> errors = new LinkedHashMap<>();
    for (JsonNode error : read(response).get("errors")) {
      errors.merge(error.get("field").asText(), error.get("message").asText(), (a, b) -> a + " " + b);
    }
    return errors;
  }
}
