package tw.gov.securitymeeting.system;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Sign-in for the application's pages: the Camunda webapps' session (one sign-in with Tasklist) or
 * HTTP Basic. A browser that is not signed in is sent to {@code /sign-in} and back afterwards; the
 * signed-in user and their groups are set on the engine for the request, as for /api, so
 * {@link CurrentUser} and the engine's authorizations apply in page controllers.
 */
@Configuration
class PageSignIn implements WebMvcConfigurer, HandlerInterceptor {

  /** Paths that are not pages or have their own sign-in. */
  static final List<String> NOT_PAGES = List.of("/api/**", "/engine-rest/**", "/camunda/**", "/actuator/**",
      "/error", "/sign-in", "/assets/**", "/favicon.ico");

  private final SignedInUser signedInUser;
  private final IdentityService identityService;

  PageSignIn(SignedInUser signedInUser, IdentityService identityService) {
    this.signedInUser = signedInUser;
    this.identityService = identityService;
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry.addInterceptor(this).addPathPatterns("/**").excludePathPatterns(NOT_PAGES);
  }

  @Override
  public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) throws IOException {
    Optional<SignedInUser.SignIn> signIn = signedInUser.of(request, true);
    if (signIn.isEmpty()) {
      if ("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod())) {
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", "/sign-in?next=" + URLEncoder.encode(requested(request), StandardCharsets.UTF_8));
      } else {
        ProblemResponses.write(response, HttpServletResponse.SC_UNAUTHORIZED, "需要登入", "請先登入後再試。");
      }
      return false;
    }
    if (signIn.get().via() == SignedInUser.Via.WEBAPP_SESSION && SameOriginFilter.changesState(request)
        && !signedInUser.carriesWebappCsrfToken(request)) {
      ProblemResponses.write(response, HttpServletResponse.SC_FORBIDDEN, "拒絕跨站請求",
          "送出的資料缺少本次登入的防偽權杖；資料未變更。請重新整理頁面後再試。");
      return false;
    }
    identityService.setAuthentication(signedInUser.authentication(signIn.get().userId()));
    return true;
  }

  @Override
  public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler, Exception ex) {
    identityService.clearAuthentication();
  }

  /** The path and query the browser asked for, to come back to after signing in. */
  static String requested(HttpServletRequest request) {
    String query = request.getQueryString();
    return request.getRequestURI() + (query == null ? "" : "?" + query);
  }
}
