package tw.gov.securitymeeting.overview;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * What the engine knows of one item's process instance: its diagram with the current step(s), and its open tasks.
 * Called only after the overview has checked (from the application's tables) that the user may see the item, so the
 * engine is read without the user's authorizations (a unit's clerk may not read the instance in Cockpit).
 */
@Component
class EngineView {

  private final RuntimeService runtimeService;
  private final HistoryService historyService;
  private final RepositoryService repositoryService;
  private final TaskService taskService;
  private final IdentityService identityService;

  EngineView(RuntimeService runtimeService, HistoryService historyService, RepositoryService repositoryService,
      TaskService taskService, IdentityService identityService) {
    this.runtimeService = runtimeService;
    this.historyService = historyService;
    this.repositoryService = repositoryService;
    this.taskService = taskService;
    this.identityService = identityService;
  }

  record OpenTask(String id, String name, String assignee) {}

  record Instance(String diagram, List<String> currentSteps, List<OpenTask> tasks, boolean running) {}

  Instance instance(String processInstanceId) {
    if (processInstanceId == null) {
      return new Instance(null, List.of(), List.of(), false);
    }
    return withoutUser(() -> {
      HistoricProcessInstance historic = historyService.createHistoricProcessInstanceQuery().processInstanceId(processInstanceId).singleResult();
      if (historic == null) {
        return new Instance(null, List.of(), List.of(), false);
      }
      ActivityInstance tree = runtimeService.getActivityInstance(processInstanceId);
      Set<String> current = new LinkedHashSet<>();
      List<String> names = new ArrayList<>();
      if (tree != null) {
        collect(tree, current, names);
      }
      String diagram = ProcessDiagram.svg(repositoryService.getBpmnModelInstance(historic.getProcessDefinitionId()), current);
      List<OpenTask> tasks = taskService.createTaskQuery().processInstanceId(processInstanceId).orderByTaskCreateTime().asc().list()
          .stream().map((Task task) -> new OpenTask(task.getId(), task.getName(), task.getAssignee())).toList();
      return new Instance(diagram, List.copyOf(new LinkedHashSet<>(names)), tasks, tree != null);
    });
  }

  private static void collect(ActivityInstance instance, Set<String> ids, List<String> names) {
    if (instance.getChildActivityInstances().length == 0 && instance.getChildTransitionInstances().length == 0
        && instance.getParentActivityInstanceId() != null) {
      ids.add(instance.getActivityId());
      if (instance.getActivityName() != null) {
        names.add(instance.getActivityName());
      }
    }
    for (ActivityInstance child : instance.getChildActivityInstances()) {
      collect(child, ids, names);
    }
    for (var transition : instance.getChildTransitionInstances()) {
      ids.add(transition.getActivityId());
    }
  }

  private <T> T withoutUser(Supplier<T> read) {
    Authentication user = identityService.getCurrentAuthentication();
    identityService.clearAuthentication();
    try {
      return read.get();
    } finally {
      if (user != null) {
        identityService.setAuthentication(user);
      }
    }
  }
}
