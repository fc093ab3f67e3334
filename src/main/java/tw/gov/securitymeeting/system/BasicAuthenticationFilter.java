package tw.gov.securitymeeting.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * HTTP Basic sign-in against Camunda's identity service for {@code /engine-rest} and
 * {@code /api}. The signed-in user and groups are set on the engine for the duration of the
 * request, so the engine's authorizations apply to every call made for it.
 */
class BasicAuthenticationFilter extends OncePerRequestFilter {

  private static final String PREFIX = "Basic ";
  private static final String UNAUTHORIZED_BODY =
      """
      {"type":"about:blank","title":"需要登入","status":401,"detail":"請以帳號與密碼登入（HTTP Basic）後再試。"}""";

  private final IdentityService identityService;

  BasicAuthenticationFilter(IdentityService identityService) {
    this.identityService = identityService;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String userId = authenticatedUser(request.getHeader("Authorization"));
    if (userId == null) {
      response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
      // A page's own script (the upload page) asks for the password itself: no browser sign-in dialog for it.
      if (request.getHeader("X-Requested-With") == null) {
        response.setHeader("WWW-Authenticate", "Basic realm=\"security-meeting\", charset=\"UTF-8\"");
      }
      response.setContentType("application/problem+json;charset=UTF-8");
      response.getOutputStream().write(UNAUTHORIZED_BODY.getBytes(StandardCharsets.UTF_8));
      return;
    }
    List<String> groups =
        identityService.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
    List<String> tenants =
        identityService.createTenantQuery().userMember(userId).includingGroupsOfUser(true).list().stream()
            .map(Tenant::getId)
            .toList();
    try {
      identityService.setAuthentication(userId, groups, tenants);
      chain.doFilter(request, response);
    } finally {
      identityService.clearAuthentication();
    }
  }

  private String authenticatedUser(String header) {
    if (header == null || !header.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
      return null;
    }
    String decoded;
    try {
      decoded = new String(Base64.getDecoder().decode(header.substring(PREFIX.length()).trim()), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException notBase64) {
      return null;
    }
    int colon = decoded.indexOf(':');
    if (colon <= 0) {
      return null;
    }
    String userId = decoded.substring(0, colon);
    String password = decoded.substring(colon + 1);
    return identityService.checkPassword(userId, password) ? userId : null;
  }
}
