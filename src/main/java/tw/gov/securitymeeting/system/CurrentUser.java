package tw.gov.securitymeeting.system;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/** The user signed in for this request (set by the sign-in filter: HTTP Basic or the Tasklist session, see SignedInUser) and their groups. */
@Component
public class CurrentUser {

  public static final String ADMIN_GROUP = "camunda-admin";

  private final IdentityService identityService;

  CurrentUser(IdentityService identityService) {
    this.identityService = identityService;
  }

  public String id() {
    Authentication authentication = identityService.getCurrentAuthentication();
    return authentication == null ? null : authentication.getUserId();
  }

  public boolean isMemberOfAny(String... groups) {
    Authentication authentication = identityService.getCurrentAuthentication();
    if (authentication == null || authentication.getGroupIds() == null) {
      return false;
    }
    List<String> mine = authentication.getGroupIds();
    for (String group : groups) {
      if (mine.contains(group)) {
        return true;
      }
    }
    return false;
  }
}
