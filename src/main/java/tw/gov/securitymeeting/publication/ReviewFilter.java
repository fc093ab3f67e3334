package tw.gov.securitymeeting.publication;

import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.Resources.FILTER;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.filter.Filter;
import org.springframework.stereotype.Component;
import tw.gov.securitymeeting.organization.AuthorizationGrants;
import tw.gov.securitymeeting.organization.Organization;

/**
 * The Tasklist filter 「待我複核的公告」: the 「複核上網資訊」 tasks the signed-in person may take. The unit's head
 * is a candidate user, so the task is in neither 「本單位待辦」 nor 「我的待辦」 until claimed. Readable by every
 * unit's head and the reviewer group.
 */
@Component
class ReviewFilter {

  static final String NAME = "待我複核的公告";
  private static final String KEY = "publication-review";
  private static final String KEY_PROPERTY = "filterKey";

  private final FilterService filterService;
  private final TaskService taskService;
  private final AuthorizationService authorizationService;

  ReviewFilter(FilterService filterService, TaskService taskService, AuthorizationService authorizationService) {
    this.filterService = filterService;
    this.taskService = taskService;
    this.authorizationService = authorizationService;
  }

  void save(Organization organization, AuthorizationGrants grants, String reviewerGroup) {
    Filter filter = filterService.createFilterQuery().filterName(NAME).list().stream()
        .filter(f -> KEY.equals(f.getProperties().get(KEY_PROPERTY)))
        .findFirst()
        .orElseGet(filterService::newTaskFilter);
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put(KEY_PROPERTY, KEY);
    properties.put("description", "可由我複核的上網公告");
    properties.put("priority", 5);
    properties.put("refresh", true);
    properties.put("variables", List.of(
        Map.of("name", "title", "label", "標題"),
        Map.of("name", "unitName", "label", "公告單位"),
        Map.of("name", "drafterName", "label", "送件人"),
        Map.of("name", "findingCount", "label", "自動檢查發現")));
    filter.setName(NAME);
    filter.setProperties(properties);
    filter.setQuery(taskService.createTaskQuery()
        .processDefinitionKey(PublicationStart.PROCESS)
        .taskDefinitionKey("review-publication")
        .taskCandidateUserExpression("${currentUser()}")
        .includeAssignedTasks());
    filter = filterService.saveFilter(filter);
    // Only reviewers see it: every unit's head, and the reviewer group. When a head drafts, the unit's
    // members review and find the task in 「本單位待辦」.
    for (Organization.Unit unit : organization.units()) {
      if (unit.head() != null && !unit.head().isBlank()) {
        grantUser(unit.head(), filter.getId());
      }
    }
    if (reviewerGroup != null && !reviewerGroup.isBlank()) {
      grants.grant(reviewerGroup.strip(), FILTER, filter.getId(), READ);
    }
  }

  private void grantUser(String userId, String filterId) {
    boolean granted = authorizationService.createAuthorizationQuery()
        .authorizationType(Authorization.AUTH_TYPE_GRANT).userIdIn(userId).resourceType(FILTER).resourceId(filterId)
        .list().stream().anyMatch(a -> a.isPermissionGranted(READ));
    if (!granted) {
      Authorization authorization = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
      authorization.setUserId(userId);
      authorization.setResource(FILTER);
      authorization.setResourceId(filterId);
      authorization.addPermission(READ);
      authorizationService.saveAuthorization(authorization);
    }
  }
}
