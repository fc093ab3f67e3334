package tw.gov.securitymeeting.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a state-changing request (POST, PUT, PATCH, DELETE) that a browser sent from another
 * site: its {@code Origin} (or, without one, its {@code Referer}) must be the application's own
 * origin, the request's own scheme, host and port or {@code app.public-base-url}. Runs before
 * sign-in, so nothing is changed and no password is checked. A request with neither header (curl,
 * scripts) is not a browser's cross-site request and goes on to sign-in.
 */
class SameOriginFilter extends OncePerRequestFilter {

  private static final Logger log = LoggerFactory.getLogger(SameOriginFilter.class);
  private static final Set<String> STATE_CHANGING = Set.of("POST", "PUT", "PATCH", "DELETE");

  private final String publicOrigin;

  SameOriginFilter(String publicBaseUrl) {
    this.publicOrigin = origin(publicBaseUrl);
  }

  static boolean changesState(HttpServletRequest request) {
    return STATE_CHANGING.contains(request.getMethod().toUpperCase(Locale.ROOT));
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !changesState(request);
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String sender = request.getHeader("Origin");
    if (sender == null) {
      sender = request.getHeader("Referer");
    }
    if (sender == null) {
      chain.doFilter(request, response);
      return;
    }
    String origin = origin(sender);
    String own = origin(request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort());
    if (origin != null && (origin.equals(own) || origin.equals(publicOrigin))) {
      chain.doFilter(request, response);
      return;
    }
    log.warn("拒絕跨站請求：{} {} 來自 {}", request.getMethod(), request.getRequestURI(), sender.length() > 200 ? sender.substring(0, 200) : sender);
    ProblemResponses.write(response, HttpServletResponse.SC_FORBIDDEN, "拒絕跨站請求",
        "這項要求來自其他網站，系統不予處理，資料未變更。請直接在本系統的頁面操作。");
  }

  /** {@code scheme://host:port} of a URL, lower case and with the default port written out; null if it is none. */
  static String origin(String url) {
    if (url == null || url.isBlank()) {
      return null;
    }
    try {
      URI uri = new URI(url.strip());
      String scheme = uri.getScheme();
      String host = uri.getHost();
      if (scheme == null || host == null) {
        return null;
      }
      scheme = scheme.toLowerCase(Locale.ROOT);
      int port = uri.getPort() != -1 ? uri.getPort() : "https".equals(scheme) ? 443 : "http".equals(scheme) ? 80 : -1;
      return scheme + "://" + host.toLowerCase(Locale.ROOT) + ":" + port;
    } catch (java.net.URISyntaxException notAUrl) {
      return null;
    }
  }
}
