package tw.gov.securitymeeting.organization;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Start forms cannot read process variables, so their unit lists are written into the form: a select or
 * checklist marked {@code "properties": {"options": "units"}} lists the organisation's units (after an
 * option "all", if the form has one). These forms are deployed once more with the organisation's units, as
 * their latest version, in a deployment named after the shipped forms and the units: a restart with the
 * same forms and units deploys nothing; a new organisation file or a new release of the forms deploys again.
 */
@Component
class OrganizationForms {

  static final String DEPLOYMENT = "organization-forms-";
  private static final Logger log = LoggerFactory.getLogger(OrganizationForms.class);
  private static final String FORMS = "classpath*:forms/*.form";

  private final RepositoryService repositoryService;
  private final Organization organization;
  private final ObjectMapper json = new ObjectMapper();

  OrganizationForms(RepositoryService repositoryService, Organization organization) {
    this.repositoryService = repositoryService;
    this.organization = organization;
  }

  void run() {
    run(organization);
  }

  /** The ids of the forms deployed with these units; empty when they are deployed already. */
  List<String> run(Organization organization) {
    MessageDigest fingerprint = sha256();
    Map<String, String> forms = new TreeMap<>();
    for (Resource resource : shippedForms()) {
      JsonNode form = read(resource);
      if (form.findValues("options").stream().anyMatch(o -> "units".equals(o.asText()))) {
        fingerprint.update(form.toString().getBytes(StandardCharsets.UTF_8));
        replaceOptions(form.path("components"), organization);
        forms.put(resource.getFilename(), form.toPrettyString());
      }
    }
    if (forms.isEmpty()) {
      return List.of();
    }
    organization.units().forEach(u -> fingerprint.update((u.id() + "=" + u.name() + ";").getBytes(StandardCharsets.UTF_8)));
    String name = DEPLOYMENT + HexFormat.of().formatHex(fingerprint.digest()).substring(0, 16);
    if (repositoryService.createDeploymentQuery().deploymentName(name).count() > 0) {
      return List.of();
    }
    DeploymentBuilder deployment = repositoryService.createDeployment().name(name).source("organization");
    forms.forEach(deployment::addString);
    deployment.deploy();
    List<String> ids = forms.keySet().stream().map(file -> file.replace(".form", "")).toList();
    log.info("依組織設定的單位部署表單：{}", String.join("、", ids));
    return ids;
  }

  private void replaceOptions(JsonNode components, Organization organization) {
    for (JsonNode component : components) {
      if ("units".equals(component.path("properties").path("options").asText())) {
        ArrayNode values = json.createArrayNode();
        for (JsonNode value : component.path("values")) {
          if ("all".equals(value.path("value").asText())) {
            values.add(value);
          }
        }
        for (Organization.Unit unit : organization.units()) {
          values.addObject().put("label", unit.name()).put("value", unit.id());
        }
        ((ObjectNode) component).set("values", values);
      }
      replaceOptions(component.path("components"), organization);
    }
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private List<Resource> shippedForms() {
    try {
      return List.of(new PathMatchingResourcePatternResolver().getResources(FORMS));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private JsonNode read(Resource resource) {
    try (InputStream in = resource.getInputStream()) {
      return json.readTree(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("無法讀取表單 " + resource.getFilename(), e);
    }
  }
}
