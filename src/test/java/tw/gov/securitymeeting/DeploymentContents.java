package tw.gov.securitymeeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;

/** Compares what the engine deployed with what the top-level processes/ and forms/ folders hold. */
final class DeploymentContents {

  private DeploymentContents() {}

  static void assertEveryProcessAndFormDeployed(RepositoryService repositoryService) {
    Set<String> deployed = new HashSet<>();
    for (Deployment deployment : repositoryService.createDeploymentQuery().list()) {
      for (String name : repositoryService.getDeploymentResourceNames(deployment.getId())) {
        deployed.add(Path.of(name).getFileName().toString());
      }
    }
    List<String> expected = Stream.concat(files("processes"), files("forms")).toList();
    assertThat(expected).isNotEmpty().anyMatch(n -> n.endsWith(".form")).anyMatch(n -> n.endsWith(".bpmn"));
    assertThat(deployed).containsAll(expected);
    for (String bpmn : files("processes").toList()) {
      String key = bpmn.replace(".bpmn", "");
      assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey(key).latestVersion().count()).isOne();
    }
  }

  private static Stream<String> files(String folder) {
    try (Stream<Path> paths = Files.list(Path.of(folder))) {
      return paths.map(p -> p.getFileName().toString()).toList().stream();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
