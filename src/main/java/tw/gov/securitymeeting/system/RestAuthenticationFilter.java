package tw.gov.securitymeeting.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Sign-in for {@code /engine-rest} (HTTP Basic only) and {@code /api} (HTTP Basic, or the Camunda
 * webapps' session with its CSRF token on every state-changing call). The signed-in user and
 * their groups are set on the engine for the duration of the request, so the engine's
 * authorizations apply to every call made for it.
 *
 * <p>A 401 never carries {@code WWW-Authenticate}: a browser must not offer its own sign-in
 * dialog, or it would remember the password and send it along with requests other sites make.
 */
class RestAuthenticationFilter extends OncePerRequestFilter {

  private final SignedInUser signedInUser;
  private final IdentityService identityService;
  private final boolean acceptWebappSession;

  RestAuthenticationFilter(SignedInUser signedInUser, IdentityService identityService, boolean acceptWebappSession) {
    this.signedInUser = signedInUser;
    this.identityService = identityService;
    this.acceptWebappSession = acceptWebappSession;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Optional<SignedInUser.SignIn> signIn = signedInUser.of(request, acceptWebappSession);
    if (signIn.isEmpty()) {
      ProblemResponses.write(response, HttpServletResponse.SC_UNAUTHORIZED, "需要登入", acceptWebappSession
          ? "請先登入。請在待辦清單（Tasklist）登入後再試，或以帳號與密碼（HTTP Basic）呼叫。"
          : "請先登入。請以帳號與密碼（HTTP Basic）呼叫。");
      return;
    }
    if (signIn.get().via() == SignedInUser.Via.WEBAPP_SESSION && SameOriginFilter.changesState(request)
        && !signedInUser.carriesWebappCsrfToken(request)) {
      ProblemResponses.write(response, HttpServletResponse.SC_FORBIDDEN, "拒絕跨站請求",
          "以待辦清單登入身分送出的資料，必須在 " + SignedInUser.CSRF_HEADER + " 標頭附上本次登入的防偽權杖；資料未變更。請重新整理頁面後再試。");
      return;
    }
    try {
      identityService.setAuthentication(signedInUser.authentication(signIn.get().userId()));
      chain.doFilter(request, response);
    } finally {
      identityService.clearAuthentication();
    }
  }
}
