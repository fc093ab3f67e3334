package tw.gov.securitymeeting.overview;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** The overview's pages refuse with a page in Chinese (status 400/403/404), never a stack trace. */
@ControllerAdvice(assignableTypes = {OverviewController.class, StatisticsController.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class PageRefusals {

  @ExceptionHandler(PageRefusal.class)
  String refused(PageRefusal refusal, Model model, HttpServletResponse response) {
    return page(refusal.status(), refusal.getMessage(), model, response);
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  String badParameter(MethodArgumentTypeMismatchException mismatch, Model model, HttpServletResponse response) {
    if ("id".equals(mismatch.getName())) {
      return page(HttpStatus.NOT_FOUND, PageRefusal.notFound().getMessage(), model, response);
    }
    return page(HttpStatus.BAD_REQUEST, "網址中的參數格式不正確。", model, response);
  }

  private static String page(HttpStatus status, String message, Model model, HttpServletResponse response) {
    response.setStatus(status.value());
    model.addAttribute("status", status.value());
    model.addAttribute("message", message);
    return "overview/refused";
  }
}
