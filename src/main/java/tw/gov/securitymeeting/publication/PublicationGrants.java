package tw.gov.securitymeeting.publication;

import static org.camunda.bpm.engine.authorization.Permissions.ACCESS;
import static org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.READ;
import static org.camunda.bpm.engine.authorization.Resources.APPLICATION;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_DEFINITION;

import org.springframework.stereotype.Component;
import tw.gov.securitymeeting.organization.AuthorizationGrants;
import tw.gov.securitymeeting.organization.Organization;
import tw.gov.securitymeeting.organization.ProcessGrants;

/**
 * Every unit's members may start a pre-publication review (from Tasklist or the API). The review, revise,
 * publish and take-down tasks are reached through the tasks' own candidate and assignee permissions; the
 * filter 「待我複核的公告」 shows reviewers the reviews they may take.
 */
@Component
class PublicationGrants implements ProcessGrants {

  private final ReviewFilter reviewFilter;
  private final PublicationProperties properties;

  PublicationGrants(ReviewFilter reviewFilter, PublicationProperties properties) {
    this.reviewFilter = reviewFilter;
    this.properties = properties;
  }

  @Override
  public void grant(Organization organization, AuthorizationGrants grants) {
    for (String unit : organization.unitIds()) {
      grants.mayStart(unit, PublicationStart.PROCESS);
      grants.grant(unit, PROCESS_DEFINITION, PublicationStart.PROCESS, READ);
    }
    String reviewerGroup = properties.reviewerGroup() == null ? "" : properties.reviewerGroup().strip();
    if (!reviewerGroup.isEmpty() && !organization.isUnit(reviewerGroup)) {
      grants.grant(reviewerGroup, APPLICATION, "tasklist", ACCESS);
    }
    reviewFilter.save(organization, reviewerGroup);
  }
}
