package tw.gov.securitymeeting.system;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;

/**
 * Who calls the engine's REST API: the Basic sign-in of /engine-rest (set on the engine), or the
 * webapps' session sign-in of /camunda/api/engine (Tasklist, Cockpit).
 */
record EngineCaller(String userId, List<String> groupIds) {

  static EngineCaller of(HttpServletRequest request, IdentityService identityService, String engine) {
    var current = identityService.getCurrentAuthentication();
    if (current != null && current.getUserId() != null) {
      return new EngineCaller(current.getUserId(), current.getGroupIds() == null ? List.of() : current.getGroupIds());
    }
    HttpSession session = request.getSession(false);
    if (session != null) {
      Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
      if (authentications != null
          && authentications.getAuthenticationForProcessEngine(engine) instanceof UserAuthentication user) {
        return new EngineCaller(user.getName(), user.getGroupIds() == null ? List.of() : user.getGroupIds());
      }
    }
    return new EngineCaller(null, List.of());
  }

  boolean isSignedIn() {
    return userId != null;
  }

  boolean isAdmin() {
    return groupIds.contains(CurrentUser.ADMIN_GROUP);
  }

  @Override
  public String toString() {
    return userId == null ? "（未登入）" : userId;
  }
}
