package tw.gov.securitymeeting.organization;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class OrganizationConfiguration {

  @Bean
  Organization organization(OrganizationProperties properties) {
    return OrganizationFileReader.read(properties.location());
  }
}
