package tw.gov.securitymeeting.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Business keys the application gives its processes, and reading them back. */
class BusinessKeysTest {

  @Test
  void shouldReadBackOnlyTheKeysItMade() {
    assertThat(BusinessKeys.of("incident", 12)).isEqualTo("incident-12");
    assertThat(BusinessKeys.idOf("incident", "incident-12")).isEqualTo(12L);
    assertThat(BusinessKeys.idOf("incident", "publication-12")).isNull();
    assertThat(BusinessKeys.idOf("incident", "incident-12x")).isNull();
    assertThat(BusinessKeys.idOf("incident", "incident-")).isNull();
    assertThat(BusinessKeys.idOf("incident", null)).isNull();
  }
}
