package tw.gov.securitymeeting.system;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Nothing under /engine-rest or /api answers without sign-in (health stays open), and no other
 * site can make a browser change anything there (docs/security.md).
 */
@Configuration
class RestSecurityConfiguration {

  @Bean
  FilterRegistrationBean<SameOriginFilter> sameOrigin(@Value("${app.public-base-url}") String publicBaseUrl) {
    var registration = new FilterRegistrationBean<>(new SameOriginFilter(publicBaseUrl));
    registration.addUrlPatterns("/engine-rest/*", "/api/*");
    registration.setName("same-origin");
    registration.setOrder(-1);
    return registration;
  }

  /** Camunda REST: HTTP Basic only (Tasklist itself uses /camunda/api/engine with its own session and CSRF filter). */
  @Bean
  FilterRegistrationBean<RestAuthenticationFilter> restAuthentication(SignedInUser signedInUser, IdentityService identityService) {
    var registration = new FilterRegistrationBean<>(new RestAuthenticationFilter(signedInUser, identityService, false));
    registration.addUrlPatterns("/engine-rest/*");
    registration.setName("rest-authentication");
    registration.setOrder(0);
    return registration;
  }

  /** The application's API: HTTP Basic, or the webapps' session with its CSRF token (the application's pages). */
  @Bean
  FilterRegistrationBean<RestAuthenticationFilter> apiAuthentication(SignedInUser signedInUser, IdentityService identityService) {
    var registration = new FilterRegistrationBean<>(new RestAuthenticationFilter(signedInUser, identityService, true));
    registration.addUrlPatterns("/api/*");
    registration.setName("api-authentication");
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
