package tw.gov.securitymeeting.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.form.CamundaFormRef;
import org.camunda.bpm.engine.form.FormData;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.GetCamundaFormDefinitionCmd;
import org.camunda.bpm.engine.impl.cmd.GetStartFormCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskFormCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.camunda.bpm.engine.repository.CamundaFormDefinition;
import org.springframework.stereotype.Component;

/**
 * The variables a task's or a start event's Camunda Form can send: the top-level {@code key} of each
 * field that is not {@code disabled} (a disabled field only shows a value; Tasklist never sends it) and
 * the {@code path} of each dynamic list or group (its rows arrive as one JSON variable).
 * Read from the deployed form the BPMN references (formRef + binding), whoever asks, and cached per
 * form definition id: a deployed form never changes, so the cache holds the same on every node.
 * A task or start event without a Camunda Form accepts no variables at all.
 */
@Component
class FormFields {

  private final ProcessEngineConfigurationImpl engine;
  private final ObjectMapper json = new ObjectMapper();
  private final Map<String, Set<String>> byFormDefinition = new ConcurrentHashMap<>();

  FormFields(ProcessEngine processEngine) {
    this.engine = (ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration();
  }

  /** The task's form fields; empty when there is no such (open) task. */
  Optional<Set<String>> ofTask(String taskId) {
    return run(context -> {
      if (context.getTaskManager().findTaskById(taskId) == null) {
        return Optional.empty();
      }
      return Optional.of(fields(context, new GetTaskFormCmd(taskId).execute(context)));
    });
  }

  /** The start form's fields of the process definition; empty when there is no such definition. */
  Optional<Set<String>> ofStart(String processDefinitionId) {
    return run(context -> {
      if (context.getProcessDefinitionManager().findLatestDefinitionById(processDefinitionId) == null) {
        return Optional.empty();
      }
      return Optional.of(fields(context, new GetStartFormCmd(processDefinitionId).execute(context)));
    });
  }

  /** The id of the latest version of a process (of a tenant, or without one); empty when unknown. */
  Optional<String> latestDefinitionId(String key, String tenantId) {
    return run(context -> {
      ProcessDefinitionEntity definition = context.getProcessDefinitionManager().findLatestDefinitionByKeyAndTenantId(key, tenantId);
      return Optional.ofNullable(definition).map(ProcessDefinitionEntity::getId);
    });
  }

  private <T> T run(Command<T> command) {
    return engine.getCommandExecutorTxRequired().execute(context -> {
      boolean checking = context.isAuthorizationCheckEnabled();
      context.disableAuthorizationCheck();
      try {
        return command.execute(context);
      } finally {
        context.setAuthorizationCheckEnabled(checking);
      }
    });
  }

  private Set<String> fields(CommandContext context, FormData form) {
    CamundaFormRef reference = form == null ? null : form.getCamundaFormRef();
    if (reference == null) {
      return Set.of();
    }
    CamundaFormDefinition definition = new GetCamundaFormDefinitionCmd(reference, form.getDeploymentId()).execute(context);
    if (definition == null) {
      return Set.of();
    }
    return byFormDefinition.computeIfAbsent(definition.getId(), id -> {
      ResourceEntity resource = context.getResourceManager()
          .findResourceByDeploymentIdAndResourceName(definition.getDeploymentId(), definition.getResourceName());
      return resource == null ? Set.of() : keys(resource.getBytes());
    });
  }

  Set<String> keys(byte[] form) {
    try {
      Set<String> keys = new TreeSet<>();
      collect(json.readTree(form).path("components"), keys);
      return Set.copyOf(keys);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void collect(JsonNode components, Set<String> keys) {
    for (JsonNode component : components) {
      if (component.path("disabled").asBoolean(false)) {
        // Shown only: Tasklist does not send a disabled field back, so nobody may write it through the form.
        continue;
      }
      String key = component.path("key").asText("");
      if (!key.isBlank()) {
        keys.add(firstSegment(key));
      }
      String path = component.path("path").asText("");
      if (!path.isBlank()) {
        // A dynamic list or a group with a path: its fields arrive inside this one variable.
        keys.add(firstSegment(path));
      } else if (component.has("components")) {
        collect(component.path("components"), keys);
      }
    }
  }

  private static String firstSegment(String key) {
    int dot = key.indexOf('.');
    return dot < 0 ? key : key.substring(0, dot);
  }
}
