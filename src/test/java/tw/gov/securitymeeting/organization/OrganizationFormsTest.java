package tw.gov.securitymeeting.organization;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tw.gov.securitymeeting.ApplicationTest;

/** Start forms list the units of the organisation file, whatever units the shipped forms list. */
@ApplicationTest
class OrganizationFormsTest {

  @Autowired OrganizationForms forms;
  @Autowired Organization organization;
  @Autowired RepositoryService repositoryService;
  @Autowired FormService formService;
  final ObjectMapper json = new ObjectMapper();

  @AfterEach
  void removeTheOtherOrganisationsForms() {
    for (Deployment deployment : repositoryService.createDeploymentQuery().list()) {
      if (deployment.getName() != null && deployment.getName().startsWith(OrganizationForms.DEPLOYMENT)
          && repositoryService.getDeploymentResourceNames(deployment.getId()).stream().anyMatch(n -> n.endsWith(".form"))
          && deployedWithPolice(deployment)) {
        repositoryService.deleteDeployment(deployment.getId(), true);
      }
    }
  }

  @Test
  void shouldOfferTheDemoUnitsAndDeployNothingMoreOnARestart() throws Exception {
    assertThat(options("meeting-registration", "leadUnits"))
        .containsExactly("all", "administration", "ethics", "planning", "construction", "education", "social-affairs");
    assertThat(options("digital-evidence-preservation", "unit"))
        .containsExactly("administration", "ethics", "planning", "construction", "education", "social-affairs");

    assertThat(forms.run(organization)).isEmpty();
  }

  @Test
  void shouldLetAPersonPickAUnitByItsChineseName() throws Exception {
    assertThat(field("publication-review", "unit").path("values").findValuesAsText("label"))
        .containsExactly("行政處", "政風處", "綜合規劃處", "建設處", "教育處", "社會局");
    assertThat(options("publication-review", "unit"))
        .containsExactly("administration", "ethics", "planning", "construction", "education", "social-affairs");
    assertThat(field("digital-evidence-preservation", "unit").path("values").findValuesAsText("label")).contains("教育處");
  }

  @Test
  void shouldOfferAnotherOrganisationsUnitsInTheStartForms() throws Exception {
    List<Organization.Unit> units = new ArrayList<>(organization.units());
    units.add(new Organization.Unit("police", "警察局", "police@example.gov.tw", null));
    Organization withPolice = new Organization(organization.name(), organization.chairGroup(), organization.secretariat(),
        units, organization.users());

    assertThat(forms.run(withPolice)).containsExactlyInAnyOrder("meeting-submitted", "incident-reported", "publication-submitted",
        "special-period-draft", "special-period-revise", "special-period-situation", "chair-ruling");

    assertThat(options("meeting-registration", "leadUnits")).startsWith("all").endsWith("social-affairs", "police");
    assertThat(options("digital-evidence-preservation", "unit")).endsWith("police");
    assertThat(forms.run(withPolice)).as("the same units again").isEmpty();
  }

  /** The option values of a field of the start form Tasklist shows for the process. */
  private List<String> options(String processKey, String key) throws Exception {
    return field(processKey, key).path("values").findValuesAsText("value");
  }

  /** A field of the start form Tasklist shows for the process. */
  private JsonNode field(String processKey, String key) throws Exception {
    String definitionId = repositoryService.createProcessDefinitionQuery().processDefinitionKey(processKey).latestVersion()
        .singleResult().getId();
    try (InputStream in = formService.getDeployedStartForm(definitionId)) {
      JsonNode field = json.readTree(in).findParents("key").stream().filter(c -> key.equals(c.path("key").asText()))
          .findFirst().orElseThrow();
      return field;
    }
  }

  private boolean deployedWithPolice(Deployment deployment) {
    try (InputStream in = repositoryService.getResourceAsStream(deployment.getId(), "meeting-submitted.form")) {
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).contains("police");
    } catch (Exception e) {
      return false;
    }
  }
}
