package tw.gov.securitymeeting.organization;

import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.Resources.FILTER;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Component;

/**
 * The Tasklist filters every unit starts with: 「本單位待辦」 (one per unit, readable by that
 * unit), 「我的待辦」, 「逾期案件」 and 「資安事件待辦」 (readable by everyone; authorizations decide
 * which tasks each person sees; task-force members are candidate users, so only the last shows them). Recognised by a key in the filter's properties, so a restart updates them
 * instead of adding copies.
 */
@Component
class TasklistFilters {

  private static final String KEY = "filterKey";

  private final Organization organization;
  private final FilterService filterService;
  private final TaskService taskService;
  private final AuthorizationGrants grants;

  TasklistFilters(
      Organization organization,
      FilterService filterService,
      TaskService taskService,
      AuthorizationGrants grants) {
    this.organization = organization;
    this.filterService = filterService;
    this.taskService = taskService;
    this.grants = grants;
  }

  void run() {
    int priority = 0;
    for (Organization.Unit unit : organization.units()) {
      TaskQuery query = taskService.createTaskQuery().taskCandidateGroup(unit.id()).includeAssignedTasks();
      Filter filter = save("unit:" + unit.id(), "本單位待辦", unit.name() + "的待辦事項", priority, query);
      grants.grant(unit.id(), FILTER, filter.getId(), READ);
    }
    Filter mine =
        save("mine", "我的待辦", "已由我認領的待辦事項", 10, taskService.createTaskQuery().taskAssigneeExpression("${currentUser()}"));
    Filter overdue =
        save("overdue", "逾期案件", "已超過期限仍未完成的待辦事項", 20, taskService.createTaskQuery().dueBeforeExpression("${now()}"));
    Filter incidents =
        save("incident", "資安事件待辦", "我可以辦理的資安事件數位證據保全工作", 30, taskService.createTaskQuery()
            .processDefinitionKey("digital-evidence-preservation").taskCandidateUserExpression("${currentUser()}").includeAssignedTasks(),
            List.of(column(FilterColumns.SUBJECT, "事件"), column(FilterColumns.UNIT, "發生單位")));
    for (String group : organization.groupIds()) {
      grants.grant(group, FILTER, mine.getId(), READ);
      grants.grant(group, FILTER, overdue.getId(), READ);
      grants.grant(group, FILTER, incidents.getId(), READ);
    }
  }

  private Filter save(String key, String name, String description, int priority, TaskQuery query) {
    return save(key, name, description, priority, query, List.of(
        column(FilterColumns.SUBJECT, "案由"), column(FilterColumns.SOURCE, "來源"), column(FilterColumns.UNIT, "單位")));
  }

  private static Map<String, String> column(String variable, String label) {
    return Map.of("name", variable, "label", label);
  }

  private Filter save(String key, String name, String description, int priority, TaskQuery query, List<Map<String, String>> columns) {
    Filter filter =
        filterService.createFilterQuery().filterName(name).list().stream()
            .filter(f -> key.equals(f.getProperties().get(KEY)))
            .findFirst()
            .orElseGet(filterService::newTaskFilter);
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put(KEY, key);
    properties.put("description", description);
    properties.put("priority", priority);
    properties.put("refresh", true);
    properties.put("variables", columns);
    filter.setName(name);
    filter.setProperties(properties);
    filter.setQuery(query);
    return filterService.saveFilter(filter);
  }
}
