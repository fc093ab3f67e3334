package tw.gov.securitymeeting.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ClassPathResource;

class OrganizationFileReaderTest {

  @Test
  void shouldReadTheShippedDemoOrganisation() {
    Organization organization = OrganizationFileReader.read(new ClassPathResource("organization.yml"));
    assertThat(organization.unitIds()).containsExactly("administration", "ethics", "planning", "construction", "education", "social-affairs");
    assertThat(organization.secretariat()).isEqualTo("ethics");
    assertThat(organization.unitName("planning")).isEqualTo("綜合規劃處");
    assertThat(organization.unit("ethics").orElseThrow().head()).isEqualTo("ethics-head");
  }

  @Test
  void shouldStopWithAClearMessageWhenAUserBelongsToAnUnknownUnit() {
    String yaml = """
        organization:
          name: 測試
          chair-group: chair
          secretariat: ethics
          units:
            - { id: ethics, name: 政風處 }
          users:
            - { id: someone, name: 某人, groups: [police] }
        """;
    assertThatThrownBy(() -> OrganizationFileReader.read(new ByteArrayResource(yaml.getBytes(StandardCharsets.UTF_8))))
        .hasMessageContaining("police");
  }

  @Test
  void shouldStopWhenTheSecretariatIsNotAUnit() {
    String yaml = """
        organization:
          chair-group: chair
          secretariat: nobody
          units:
            - { id: ethics, name: 政風處 }
          users: []
        """;
    assertThatThrownBy(() -> OrganizationFileReader.read(new ByteArrayResource(yaml.getBytes(StandardCharsets.UTF_8))))
        .hasMessageContaining("secretariat");
  }
}
