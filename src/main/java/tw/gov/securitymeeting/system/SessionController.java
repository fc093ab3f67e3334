package tw.gov.securitymeeting.system;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import tw.gov.securitymeeting.organization.Organization;

/**
 * Who is signed in, for the application's own pages: the user, their units (by Chinese name) and,
 * when signed in through Tasklist, the CSRF token the page sends back in {@code X-XSRF-TOKEN}.
 * Another site cannot read this answer (no CORS), so it cannot learn the token.
 */
@RestController
class SessionController {

  private final SignedInUser signedInUser;
  private final CurrentUser currentUser;
  private final Organization organization;

  SessionController(SignedInUser signedInUser, CurrentUser currentUser, Organization organization) {
    this.signedInUser = signedInUser;
    this.currentUser = currentUser;
    this.organization = organization;
  }

  record Unit(String id, String name) {}

  record Session(String userId, String name, SignedInUser.Via via, List<Unit> units, String csrfToken) {}

  @GetMapping("/api/session")
  ResponseEntity<Session> session(HttpServletRequest request) {
    String userId = currentUser.id();
    SignedInUser.Via via = request.getHeader("Authorization") == null ? SignedInUser.Via.WEBAPP_SESSION : SignedInUser.Via.BASIC;
    List<String> own = organization.unitsOf(userId);
    List<Unit> units = (own.isEmpty() ? organization.unitIds() : own).stream()
        .map(id -> new Unit(id, organization.unitName(id)))
        .toList();
    String name = organization.userName(userId);
    String token = via == SignedInUser.Via.WEBAPP_SESSION ? signedInUser.webappCsrfToken(request).orElse(null) : null;
    return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(new Session(userId, name, via, units, token));
  }
}
