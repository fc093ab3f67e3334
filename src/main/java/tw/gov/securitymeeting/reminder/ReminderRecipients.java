package tw.gov.securitymeeting.reminder;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import tw.gov.securitymeeting.organization.Organization;

/**
 * Who hears of a task: its assignee if claimed, else every member of its candidate groups; plus
 * each candidate unit's mailbox; plus the unit's head when asked.
 */
@Component
class ReminderRecipients {

  private final TaskService taskService;
  private final IdentityService identityService;
  private final Organization organization;

  ReminderRecipients(TaskService taskService, IdentityService identityService, Organization organization) {
    this.taskService = taskService;
    this.identityService = identityService;
    this.organization = organization;
  }

  List<String> candidateGroups(Task task) {
    return taskService.getIdentityLinksForTask(task.getId()).stream()
        .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
        .map(IdentityLink::getGroupId)
        .toList();
  }

  List<String> of(Task task, boolean withHead) {
    Set<String> mails = new LinkedHashSet<>();
    List<String> groups = candidateGroups(task);
    if (task.getAssignee() != null) {
      add(mails, task.getAssignee());
    } else {
      for (String group : groups) {
        identityService.createUserQuery().memberOfGroup(group).list().forEach(u -> add(mails, u));
      }
      taskService.getIdentityLinksForTask(task.getId()).stream()
          .filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType()) && l.getUserId() != null)
          .forEach(l -> add(mails, l.getUserId()));
    }
    for (String group : groups) {
      organization.unit(group).ifPresent(unit -> {
        if (unit.email() != null) {
          mails.add(unit.email());
        }
        if (withHead && unit.head() != null) {
          add(mails, unit.head());
        }
      });
    }
    return List.copyOf(mails);
  }

  /** The chair and the secretariat: members of both groups and the secretariat's mailbox. */
  List<String> overseers() {
    Set<String> mails = new LinkedHashSet<>();
    for (String group : List.of(organization.chairGroup(), organization.secretariat())) {
      identityService.createUserQuery().memberOfGroup(group).list().forEach(u -> add(mails, u));
    }
    organization.unit(organization.secretariat()).map(Organization.Unit::email).ifPresent(mails::add);
    return List.copyOf(mails);
  }

  private void add(Set<String> mails, String userId) {
    add(mails, identityService.createUserQuery().userId(userId).singleResult());
  }

  private static void add(Set<String> mails, User user) {
    if (user != null && user.getEmail() != null && !user.getEmail().isBlank()) {
      mails.add(user.getEmail());
    }
  }
}
