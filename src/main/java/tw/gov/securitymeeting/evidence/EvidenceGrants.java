package tw.gov.securitymeeting.evidence;

import static org.camunda.bpm.engine.authorization.Resources.PROCESS_DEFINITION;

import java.util.List;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.springframework.stereotype.Component;
import tw.gov.securitymeeting.organization.AuthorizationGrants;
import tw.gov.securitymeeting.organization.Organization;
import tw.gov.securitymeeting.organization.FilterColumns;
import tw.gov.securitymeeting.organization.ProcessGrants;
import tw.gov.securitymeeting.organization.TasklistFilters;
import tw.gov.securitymeeting.organization.TasklistFilters.Column;

/**
 * Any unit may report an incident (start the process); the overseers of incidents (default
 * 綜合規劃處、政風處、主席) may follow its instances and history in Cockpit. Task-force members see
 * their tasks as candidate users, in the Tasklist filter 「資安事件待辦」 that everyone may read (the unit
 * filters do not show them).
 */
@Component
class EvidenceGrants implements ProcessGrants {

  static final String PROCESS = "digital-evidence-preservation";

  private final EvidencePolicy policy;
  private final TasklistFilters filters;

  EvidenceGrants(EvidencePolicy policy, TasklistFilters filters) {
    this.policy = policy;
    this.filters = filters;
  }

  @Override
  public void grant(Organization organization, AuthorizationGrants grants) {
    for (String group : organization.groupIds()) {
      grants.mayStart(group, PROCESS);
    }
    for (String reader : policy.groupList("readers", null)) {
      grants.grant(reader, PROCESS_DEFINITION, PROCESS, ProcessDefinitionPermissions.READ,
          ProcessDefinitionPermissions.READ_TASK, ProcessDefinitionPermissions.READ_INSTANCE,
          ProcessDefinitionPermissions.READ_HISTORY);
    }
    String filter = filters.save("incident", "資安事件待辦", "我可以辦理的資安事件數位證據保全工作", 30,
        filters.query().processDefinitionKey(PROCESS).taskCandidateUserExpression("${currentUser()}").includeAssignedTasks(),
        List.of(new Column(FilterColumns.SUBJECT, "事件"), new Column(FilterColumns.UNIT, "發生單位")));
    filters.grantEveryGroup(filter);
  }
}
