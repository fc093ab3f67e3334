package tw.gov.securitymeeting.organization;

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
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Component;

/**
 * Tasklist filters. The kernel saves the ones every unit starts with: 「本單位待辦」 (one per unit,
 * readable by that unit), 「我的待辦」 and 「逾期案件」 (readable by everyone; authorizations decide which
 * tasks each person sees). A feature saves its own filters through {@link #save} from its
 * {@link ProcessGrants}. A filter is recognised by a key in its properties, so a restart updates it
 * instead of adding a copy.
 */
@Component
public class TasklistFilters {

  /** A column Tasklist shows for each task: a task-local variable and its label. */
  public record Column(String variable, String label) {}

  /** The columns of the general filters: 案由, 來源, 單位. */
  public static final List<Column> CASE_COLUMNS = List.of(
      new Column(FilterColumns.SUBJECT, "案由"), new Column(FilterColumns.SOURCE, "來源"), new Column(FilterColumns.UNIT, "單位"));

  private static final String KEY = "filterKey";

  private final Organization organization;
  private final FilterService filterService;
  private final TaskService taskService;
  private final AuthorizationService authorizationService;
  private final AuthorizationGrants grants;

  TasklistFilters(Organization organization, FilterService filterService, TaskService taskService,
      AuthorizationService authorizationService, AuthorizationGrants grants) {
    this.organization = organization;
    this.filterService = filterService;
    this.taskService = taskService;
    this.authorizationService = authorizationService;
    this.grants = grants;
  }

  /** A new task query for a feature's filter. */
  public TaskQuery query() {
    return taskService.createTaskQuery();
  }

  void run() {
    int priority = 0;
    for (Organization.Unit unit : organization.units()) {
      TaskQuery query = query().taskCandidateGroup(unit.id()).includeAssignedTasks();
      String filter = save("unit:" + unit.id(), "本單位待辦", unit.name() + "的待辦事項", priority, query, CASE_COLUMNS);
      grants.grant(unit.id(), FILTER, filter, READ);
    }
    String mine = save("mine", "我的待辦", "已由我認領的待辦事項", 10,
        query().taskAssigneeExpression("${currentUser()}"), CASE_COLUMNS);
    String overdue = save("overdue", "逾期案件", "已超過期限仍未完成的待辦事項", 20,
        query().dueBeforeExpression("${now()}"), CASE_COLUMNS);
    grantEveryGroup(mine);
    grantEveryGroup(overdue);
  }

  /** Saves (creates or updates) the filter with this key and returns its id. Nobody may read it until granted. */
  public String save(String key, String name, String description, int priority, TaskQuery query, List<Column> columns) {
    Filter filter =
        filterService.createFilterQuery().list().stream()
            .filter(f -> key.equals(f.getProperties() == null ? null : f.getProperties().get(KEY)))
            .findFirst()
            .orElseGet(filterService::newTaskFilter);
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put(KEY, key);
    properties.put("description", description);
    properties.put("priority", priority);
    properties.put("refresh", true);
    properties.put("variables", columns.stream().map(c -> Map.of("name", c.variable(), "label", c.label())).toList());
    filter.setName(name);
    filter.setProperties(properties);
    filter.setQuery(query);
    return filterService.saveFilter(filter).getId();
  }

  /** Lets every group of the organisation read the filter. */
  public void grantEveryGroup(String filterId) {
    for (String group : organization.groupIds()) {
      grants.grant(group, FILTER, filterId, READ);
    }
  }

  /** Lets one group read the filter. */
  public void grantGroup(String groupId, String filterId) {
    grants.grant(groupId, FILTER, filterId, READ);
  }

  /** Lets one user read the filter (for people who are not a group, e.g. every unit's head). */
  public void grantUser(String userId, String filterId) {
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
