package tw.gov.securitymeeting.followup;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What a follow-up form only shows is disabled, not read-only: Tasklist (form-js) sends every read-only field
 * back on completion, which rewrote each shown variable (meeting, 案由, 辦理期限, history …) at every step.
 * Disabled fields are not sent; what remains is exactly what the task's listener reads.
 */
class FollowUpFormsTest {

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
      "report-progress; progress,status,suggestion",
      "secretariat-review; consolidatedProgress,note,recommendation,returnReason,returnTo,sendBack",
      "chair-ruling; instruction,leadUnits,newDueDate,ruling"})
  void shouldSendOnlyWhatTheListenerReads(String form, String editable) throws IOException {
    JsonNode schema;
    try (InputStream in = getClass().getResourceAsStream("/forms/" + form + ".form")) {
      assertThat(in).as(form).isNotNull();
      schema = new ObjectMapper().readTree(in);
    }
    Set<String> sent = new TreeSet<>();
    Set<String> readOnly = new TreeSet<>();
    for (JsonNode field : schema.findParents("key")) {
      if (field.path("readonly").asBoolean()) {
        readOnly.add(field.path("key").asText());
      }
      if (!field.path("disabled").asBoolean()) {
        sent.add(field.path("key").asText());
      }
    }
    assertThat(readOnly).as("read-only fields of " + form).isEmpty();
    assertThat(sent).as("fields Tasklist sends on " + form).containsExactlyElementsOf(new TreeSet<>(Set.of(editable.split(","))));
  }
}
