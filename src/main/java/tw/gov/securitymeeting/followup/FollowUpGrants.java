package tw.gov.securitymeeting.followup;

import static org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.READ;
import static org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.READ_HISTORY;
import static org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.READ_INSTANCE;
import static org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.READ_TASK;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_DEFINITION;

import java.util.List;
import org.springframework.stereotype.Component;
import tw.gov.securitymeeting.organization.AuthorizationGrants;
import tw.gov.securitymeeting.organization.Organization;
import tw.gov.securitymeeting.organization.ProcessGrants;
import tw.gov.securitymeeting.organization.TasklistFilters;

/**
 * The chair and the secretariat see every follow-up item; the secretariat registers meetings (the
 * start form 「登錄會報決議事項」), which start the follow-ups. Nobody may start a follow-up
 * directly: the application starts it when it registers the item. The chair reads the Tasklist
 * filter 「待我裁示」.
 */
@Component
class FollowUpGrants implements ProcessGrants {

  private final TasklistFilters filters;

  FollowUpGrants(TasklistFilters filters) {
    this.filters = filters;
  }

  /** The Tasklist start form with which the secretariat registers a meeting. */
  static final String MEETING_REGISTRATION_PROCESS = "meeting-registration";

  @Override
  public void grant(Organization organization, AuthorizationGrants grants) {
    for (String overseer : List.of(organization.chairGroup(), organization.secretariat())) {
      grants.grant(overseer, PROCESS_DEFINITION, MeetingRegistration.PROCESS, READ, READ_TASK, READ_INSTANCE, READ_HISTORY);
    }
    grants.mayStart(organization.secretariat(), MEETING_REGISTRATION_PROCESS);
    String awaitingRuling = filters.save("chair-ruling", "待我裁示", "待主席裁示的列管事項", 5,
        filters.query().processDefinitionKey(MeetingRegistration.PROCESS).taskDefinitionKey("chair-ruling")
            .taskCandidateGroup(organization.chairGroup()).includeAssignedTasks(),
        TasklistFilters.CASE_COLUMNS);
    filters.grantGroup(organization.chairGroup(), awaitingRuling);
  }
}
