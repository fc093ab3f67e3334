package tw.gov.securitymeeting.system;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.filter.util.CsrfConstants;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Who is signed in for an HTTP request: HTTP Basic against Camunda's users, or the session of the
 * Camunda webapps (the person signed in to Tasklist). The application's filters and pages ask
 * here; nothing a client sends other than the credentials or the session cookie names the user.
 *
 * <p>The webapps keep their sign-in in the HTTP session under {@value #WEBAPP_AUTHENTICATIONS}
 * (Camunda's {@code AuthenticationUtil}), one per process engine, and their CSRF token under
 * {@value CsrfConstants#CSRF_TOKEN_SESSION_ATTR_NAME} ({@code CsrfPreventionFilter}, also sent to
 * Tasklist as the {@code XSRF-TOKEN} cookie). Groups and tenants come from the identity service, as for
 * Basic, never from the session's cache.
 *
 * <p>A successful password check, a user's groups and tenants and a session user's existence are kept
 * briefly ({@link SignInCache}): dropped at once by any identity change on this node, and after
 * {@code app.sign-in.cache-ttl} (default 30 s) for changes made elsewhere (docs/performance.md).
 */
@Component
public class SignedInUser {

  /** The header a page sends the webapps' CSRF token in, as Tasklist does. */
  public static final String CSRF_HEADER = CsrfConstants.CSRF_TOKEN_HEADER_NAME;
  static final String WEBAPP_AUTHENTICATIONS = "authenticatedUser";
  private static final String BASIC = "Basic ";

  /** How the user of a request signed in. */
  public enum Via { BASIC, WEBAPP_SESSION }

  public record SignIn(String userId, Via via) {}

  private final IdentityService identityService;
  private final String engineName;
  private final SignInCache cache;

  SignedInUser(ProcessEngine engine, IdentityChanges changes,
      @Value("${app.sign-in.cache-ttl:PT30S}") Duration cacheTtl) {
    this.identityService = engine.getIdentityService();
    this.engineName = engine.getName();
    this.cache = new SignInCache(changes::generation, cacheTtl, System::nanoTime);
  }

  /**
   * The user of this request. A request with an Authorization header is judged by it alone (a wrong
   * password never falls back to a session); without one, the webapps' session counts only where
   * {@code acceptWebappSession} (the application's own API and pages, never {@code /engine-rest}).
   */
  public Optional<SignIn> of(HttpServletRequest request, boolean acceptWebappSession) {
    String header = request.getHeader("Authorization");
    if (header != null) {
      return basicUser(header).map(id -> new SignIn(id, Via.BASIC));
    }
    return acceptWebappSession ? webappUser(request).map(id -> new SignIn(id, Via.WEBAPP_SESSION)) : Optional.empty();
  }

  /** The webapps' CSRF token of this request's session, if it has one. */
  public Optional<String> webappCsrfToken(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    return session != null && session.getAttribute(CsrfConstants.CSRF_TOKEN_SESSION_ATTR_NAME) instanceof String token
        ? Optional.of(token) : Optional.empty();
  }

  /** True when the request carries the session's CSRF token in {@link #CSRF_HEADER}. */
  public boolean carriesWebappCsrfToken(HttpServletRequest request) {
    String sent = request.getHeader(CSRF_HEADER);
    return sent != null && webappCsrfToken(request)
        .map(token -> MessageDigest.isEqual(token.getBytes(StandardCharsets.UTF_8), sent.getBytes(StandardCharsets.UTF_8)))
        .orElse(false);
  }

  /** The engine authentication of a user: their groups and tenants as the identity service has them now. */
  public Authentication authentication(String userId) {
    return cache.authentication(userId, () -> readAuthentication(userId));
  }

  private Authentication readAuthentication(String userId) {
    List<String> groups =
        identityService.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
    List<String> tenants =
        identityService.createTenantQuery().userMember(userId).includingGroupsOfUser(true).list().stream()
            .map(Tenant::getId)
            .toList();
    return new Authentication(userId, groups, tenants);
  }

  private Optional<String> basicUser(String header) {
    if (!header.regionMatches(true, 0, BASIC, 0, BASIC.length())) {
      return Optional.empty();
    }
    String decoded;
    try {
      decoded = new String(Base64.getDecoder().decode(header.substring(BASIC.length()).trim()), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException notBase64) {
      return Optional.empty();
    }
    int colon = decoded.indexOf(':');
    if (colon <= 0) {
      return Optional.empty();
    }
    String userId = decoded.substring(0, colon);
    String password = decoded.substring(colon + 1);
    return cache.checkedPassword(userId, password, () -> identityService.checkPassword(userId, password));
  }

  private Optional<String> webappUser(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    if (session == null || !(session.getAttribute(WEBAPP_AUTHENTICATIONS) instanceof Authentications signIns)) {
      return Optional.empty();
    }
    var signIn = signIns.getAuthenticationForProcessEngine(engineName);
    if (signIn == null || signIn.getIdentityId() == null) {
      return Optional.empty();
    }
    // A user deleted since signing in no longer counts.
    String userId = signIn.getIdentityId();
    return cache.exists(userId, () -> identityService.createUserQuery().userId(userId).count() == 1)
        ? Optional.of(userId) : Optional.empty();
  }
}
