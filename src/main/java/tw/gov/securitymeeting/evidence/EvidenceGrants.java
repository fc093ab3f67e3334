package tw.gov.securitymeeting.evidence;

import static org.camunda.bpm.engine.authorization.Permissions.CREATE;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_INSTANCE;

import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.springframework.stereotype.Component;
import tw.gov.securitymeeting.organization.AuthorizationGrants;
import tw.gov.securitymeeting.organization.Organization;
import tw.gov.securitymeeting.organization.ProcessGrants;

/**
 * Any unit may report an incident (start the process); the overseers of incidents (default
 * 綜合規劃處、政風處、主席) may follow its instances and history in Cockpit. Task-force members see
 * their tasks as candidate users.
 */
@Component
class EvidenceGrants implements ProcessGrants {

  static final String PROCESS = "digital-evidence-preservation";

  private final EvidencePolicy policy;

  EvidenceGrants(EvidencePolicy policy) {
    this.policy = policy;
  }

  @Override
  public void grant(Organization organization, AuthorizationGrants grants) {
    for (String group : organization.groupIds()) {
      grants.grant(group, PROCESS_DEFINITION, PROCESS, ProcessDefinitionPermissions.CREATE_INSTANCE);
      grants.grant(group, PROCESS_INSTANCE, "*", CREATE);
    }
    for (String reader : policy.groupList("readers", null)) {
      grants.grant(reader, PROCESS_DEFINITION, PROCESS, ProcessDefinitionPermissions.READ,
          ProcessDefinitionPermissions.READ_TASK, ProcessDefinitionPermissions.READ_INSTANCE,
          ProcessDefinitionPermissions.READ_HISTORY);
    }
  }
}
