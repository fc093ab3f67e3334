package tw.gov.securitymeeting.organization;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tw.gov.securitymeeting.ApplicationTest;

/** The organisation file, imported at start, and imported again without change. */
@ApplicationTest
class OrganizationImportTest {

  @Autowired IdentityService identityService;
  @Autowired AuthorizationService authorizationService;
  @Autowired FilterService filterService;
  @Autowired OrganizationImport organizationImport;
  @Autowired TasklistFilters filters;

  @Test
  void shouldImportTheDemoOrganisationOfSeed000() {
    assertThat(identityService.createGroupQuery().groupId("social-affairs").singleResult().getName()).isEqualTo("社會局");
    assertThat(identityService.createGroupQuery().groupId("chair").singleResult().getName()).isEqualTo("主席");
    assertThat(identityService.createGroupQuery().groupMember("ethics-clerk").singleResult().getId()).isEqualTo("ethics");
    assertThat(identityService.checkPassword("ethics-clerk", "demo")).isTrue();
    assertThat(identityService.createUserQuery().userId("chair").singleResult().getEmail()).isEqualTo("chair@example.gov.tw");
  }

  @Test
  void shouldLeaveNoDuplicatesWhenImportedAgain() {
    long users = identityService.createUserQuery().count();
    long groups = identityService.createGroupQuery().count();
    long memberships = identityService.createUserQuery().memberOfGroup("ethics").count();
    long authorizations = authorizationService.createAuthorizationQuery().count();
    long filterCount = filterService.createFilterQuery().count();

    organizationImport.run();
    filters.run();

    assertThat(identityService.createUserQuery().count()).isEqualTo(users);
    assertThat(identityService.createGroupQuery().count()).isEqualTo(groups);
    assertThat(identityService.createUserQuery().memberOfGroup("ethics").count()).isEqualTo(memberships);
    assertThat(authorizationService.createAuthorizationQuery().count()).isEqualTo(authorizations);
    assertThat(filterService.createFilterQuery().count()).isEqualTo(filterCount);
  }

  @Test
  void shouldRemoveAMembershipTheFileDoesNotList() {
    identityService.createMembership("education-clerk", "planning");

    organizationImport.run();

    assertThat(identityService.createUserQuery().userId("education-clerk").memberOfGroup("planning").count()).isZero();
    assertThat(identityService.createUserQuery().userId("education-clerk").memberOfGroup("education").count()).isOne();
  }

  @Test
  void shouldGrantTasklistToUnitsAndOversightToTheChairAndSecretariat() {
    assertThat(authorizationService.isUserAuthorized("construction-clerk", java.util.List.of("construction"),
        Permissions.ACCESS, Resources.APPLICATION, "tasklist")).isTrue();
    assertThat(authorizationService.isUserAuthorized("construction-clerk", java.util.List.of("construction"),
        Permissions.ACCESS, Resources.APPLICATION, "cockpit")).isFalse();
    assertThat(authorizationService.isUserAuthorized("chair", java.util.List.of("chair"),
        ProcessDefinitionPermissions.READ_TASK, Resources.PROCESS_DEFINITION, "resolution-follow-up")).isTrue();
    // The secretariat registers meetings; only the application starts a follow-up.
    assertThat(authorizationService.isUserAuthorized("ethics-clerk", java.util.List.of("ethics"),
        ProcessDefinitionPermissions.CREATE_INSTANCE, Resources.PROCESS_DEFINITION, "meeting-registration")).isTrue();
    assertThat(authorizationService.isUserAuthorized("ethics-clerk", java.util.List.of("ethics"),
        ProcessDefinitionPermissions.CREATE_INSTANCE, Resources.PROCESS_DEFINITION, "resolution-follow-up")).isFalse();
    assertThat(authorizationService.isUserAuthorized("planning-clerk", java.util.List.of("planning"),
        ProcessDefinitionPermissions.CREATE_INSTANCE, Resources.PROCESS_DEFINITION, "resolution-follow-up")).isFalse();
  }

  @Test
  void shouldCreateTheTasklistFiltersEachUnitCanRead() {
    assertThat(filterService.createFilterQuery().filterName("本單位待辦").count()).isEqualTo(6);
    assertThat(filterService.createFilterQuery().filterName("我的待辦").count()).isOne();
    assertThat(filterService.createFilterQuery().filterName("逾期案件").count()).isOne();
    assertThat(filterService.createFilterQuery().filterName("資安事件待辦").count()).isOne();
    try {
      identityService.setAuthentication("education-clerk", java.util.List.of("education"));
      assertThat(filterService.createFilterQuery().list())
          .extracting(f -> f.getName() + ":" + f.getProperties().get("filterKey"))
          .containsExactlyInAnyOrder("本單位待辦:unit:education", "我的待辦:mine", "逾期案件:overdue", "資安事件待辦:incident",
              "專案安全維護待辦:special-period");
    } finally {
      identityService.clearAuthentication();
    }
  }
}
