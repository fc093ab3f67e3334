package tw.gov.securitymeeting.organization;

import static org.camunda.bpm.engine.authorization.Permissions.ACCESS;
import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.Resources.APPLICATION;
import static org.camunda.bpm.engine.authorization.Resources.DEPLOYMENT;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_DEFINITION;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.security.SecureRandom;
import java.util.Base64;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Brings Camunda's identity service and authorizations in line with the organisation file.
 * Safe to run at every start and on every node: it creates what is missing, updates what
 * changed and removes memberships the file no longer lists; it never deletes users or groups.
 * Each feature grants its own processes and filters through {@link ProcessGrants}.
 */
@Component
public class OrganizationImport {

  private static final Logger log = LoggerFactory.getLogger(OrganizationImport.class);
  private static final SecureRandom RANDOM = new SecureRandom();

  private final Organization organization;
  private final OrganizationProperties properties;
  private final IdentityService identityService;
  private final AuthorizationGrants grants;
  private final List<ProcessGrants> processGrants;

  OrganizationImport(
      Organization organization,
      OrganizationProperties properties,
      IdentityService identityService,
      AuthorizationGrants grants,
      List<ProcessGrants> processGrants) {
    this.organization = organization;
    this.properties = properties;
    this.identityService = identityService;
    this.grants = grants;
    this.processGrants = processGrants;
  }

  public void run() {
    for (Organization.Unit unit : organization.units()) {
      saveGroup(unit.id(), unit.name());
    }
    saveGroup(organization.chairGroup(), "主席");
    for (Organization.Member member : organization.users()) {
      saveUser(member);
      syncMemberships(member);
    }
    grantAuthorizations();
    log.info(
        "組織設定已匯入：{} 個單位、{} 位使用者", organization.units().size(), organization.users().size());
  }

  private void saveGroup(String id, String name) {
    Group group = identityService.createGroupQuery().groupId(id).singleResult();
    if (group == null) {
      group = identityService.newGroup(id);
    } else if (name.equals(group.getName()) && "WORKFLOW".equals(group.getType())) {
      return;
    }
    group.setName(name);
    group.setType("WORKFLOW");
    identityService.saveGroup(group);
  }

  private void saveUser(Organization.Member member) {
    User user = identityService.createUserQuery().userId(member.id()).singleResult();
    if (user == null) {
      user = identityService.newUser(member.id());
      user.setFirstName(member.name());
      user.setEmail(member.email());
      // Demo users sign in with the demo password (accepted by the password policy in the demo
      // profile only); real users get a random one nobody knows until an administrator sets theirs in Admin.
      user.setPassword(properties.demoUsers() ? properties.demoPassword() : randomPassword(user));
    } else if (same(member.name(), user.getFirstName()) && same(member.email(), user.getEmail())) {
      return;
    }
    user.setFirstName(member.name());
    user.setLastName("");
    user.setEmail(member.email());
    identityService.saveUser(user);
  }

  /** 32 random characters that the password policy accepts for this user. */
  private String randomPassword(User user) {
    while (true) {
      byte[] bytes = new byte[24];
      RANDOM.nextBytes(bytes);
      String password = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
      if (identityService.checkPasswordAgainstPolicy(password, user).isValid()) {
        return password;
      }
    }
  }

  private void syncMemberships(Organization.Member member) {
    Set<String> wanted = new HashSet<>(member.groups() == null ? List.of() : member.groups());
    Set<String> managed = new HashSet<>(organization.groupIds());
    Set<String> current = new HashSet<>();
    for (Group group : identityService.createGroupQuery().groupMember(member.id()).list()) {
      current.add(group.getId());
    }
    for (String groupId : wanted) {
      if (!current.contains(groupId)) {
        identityService.createMembership(member.id(), groupId);
      }
    }
    for (String groupId : current) {
      if (managed.contains(groupId) && !wanted.contains(groupId)) {
        identityService.deleteMembership(member.id(), groupId);
      }
    }
  }

  private void grantAuthorizations() {
    for (String group : organization.groupIds()) {
      grants.grant(group, APPLICATION, "tasklist", ACCESS);
      grants.grant(group, PROCESS_DEFINITION, "*", READ);
    }
    for (String overseer : List.of(organization.chairGroup(), organization.secretariat())) {
      grants.grant(overseer, APPLICATION, "cockpit", ACCESS);
      grants.grant(overseer, DEPLOYMENT, "*", READ);
    }
    for (ProcessGrants feature : processGrants) {
      feature.grant(organization, grants);
    }
  }

  private static boolean same(String a, String b) {
    return a == null ? b == null : a.equals(b);
  }
}
