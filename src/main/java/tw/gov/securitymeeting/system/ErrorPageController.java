package tw.gov.securitymeeting.system;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The servlet container's error page (an error outside Spring MVC, e.g. a 404 of the webapps or a
 * filter's sendError) as problem+json in Chinese, never a stack trace; {@code /error} asked for
 * directly is just an unknown address (404), not a 500.
 */
@RestController
class ErrorPageController implements ErrorController {

  @RequestMapping("/error")
  ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
    Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    HttpStatus status = code instanceof Integer value && HttpStatus.resolve(value) != null && value >= 400
        ? HttpStatus.valueOf(value) : HttpStatus.NOT_FOUND;
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail(status));
    problem.setTitle(EngineRestAnswers.title(status.value()));
    return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
  }

  private static String detail(HttpStatus status) {
    return switch (status) {
      case NOT_FOUND -> "找不到這個網址。";
      case UNAUTHORIZED -> "請先登入後再試。";
      case FORBIDDEN -> "您的帳號沒有執行這項操作的權限。";
      case METHOD_NOT_ALLOWED -> "此網址不接受這種要求。";
      case PAYLOAD_TOO_LARGE -> "送出的資料過大。";
      default -> status.is4xxClientError() ? "要求無法處理，資料未變更。" : "系統暫時無法處理這項要求。請稍後再試或聯絡系統管理者。";
    };
  }
}
