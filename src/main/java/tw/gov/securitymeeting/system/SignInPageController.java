package tw.gov.securitymeeting.system;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The Chinese sign-in page. It signs in to the Camunda webapps (the same session as Tasklist and
 * Cockpit) from the browser and then opens the page asked for; it never sees the password itself.
 */
@Controller
class SignInPageController {

  private final SignedInUser signedInUser;

  SignInPageController(SignedInUser signedInUser) {
    this.signedInUser = signedInUser;
  }

  @GetMapping("/sign-in")
  String signIn(@RequestParam(name = "next", required = false) String next, HttpServletRequest request,
      HttpServletResponse response, Model model) {
    response.setHeader("Cache-Control", "no-store");
    model.addAttribute("next", safeNext(next));
    // The webapps tell a session its CSRF token only once; a browser coming back with a session gets it here
    // (only this origin can read the page).
    model.addAttribute("csrf", signedInUser.webappCsrfToken(request).orElse(null));
    return "sign-in";
  }

  /** Only a path of this application: never another site ({@code //host}, {@code https:}, a backslash). */
  static String safeNext(String next) {
    if (next == null || !next.startsWith("/") || next.startsWith("//") || next.contains("\\")
        || ControlCharacters.isPresent(next) || next.length() > 2000) {
      return "/";
    }
    return next;
  }
}
