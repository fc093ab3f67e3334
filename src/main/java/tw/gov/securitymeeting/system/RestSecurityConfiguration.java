package tw.gov.securitymeeting.system;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Nothing under /engine-rest or /api answers without sign-in (health stays open). */
@Configuration
class RestSecurityConfiguration {

  @Bean
  FilterRegistrationBean<BasicAuthenticationFilter> restAuthentication(IdentityService identityService) {
    var registration = new FilterRegistrationBean<>(new BasicAuthenticationFilter(identityService));
    registration.addUrlPatterns("/engine-rest/*", "/api/*");
    registration.setName("rest-authentication");
    registration.setOrder(0);
    return registration;
  }

  @Bean
  FilterRegistrationBean<TaskValidationResponseFilter> taskValidationResponses() {
    var registration = new FilterRegistrationBean<>(new TaskValidationResponseFilter());
    registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
    registration.setName("task-validation-responses");
    registration.setOrder(1);
    return registration;
  }
}
