package tw.gov.securitymeeting.system;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;
import tw.gov.securitymeeting.organization.OrganizationProperties;

/**
 * Camunda's password policy, on for every user, is {@link PasswordRules}. In the demo profile
 * only, the demo password itself is accepted so that the demo accounts exist; every other weak
 * password is refused there too.
 */
@Component
class PasswordPolicyPlugin extends AbstractProcessEnginePlugin {

  private final PasswordRules rules;

  PasswordPolicyPlugin(Environment environment, OrganizationProperties organization) {
    boolean demo = environment.acceptsProfiles(Profiles.of(ProductionPasswordGuard.DEMO_PROFILE));
    this.rules = new PasswordRules(CommonPasswords.shipped(), organization.demoPassword(), demo);
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setEnablePasswordPolicy(true);
    configuration.setPasswordPolicy(rules);
  }
}
