package tw.gov.securitymeeting.system;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The engine REST boundary under both roots: after the sign-in (order 0) and inside the response
 * filter (order 1), so the caller is known and the boundary's answers pass unchanged.
 */
@Configuration
class EngineBoundaryConfiguration {

  @Bean
  FilterRegistrationBean<EngineRestGuard> engineRestGuard(IdentityService identityService, FormFields formFields) {
    var registration = new FilterRegistrationBean<>(new EngineRestGuard(identityService, formFields));
    registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
    registration.setName("engine-rest-guard");
    registration.setOrder(2);
    return registration;
  }
}
