package tw.gov.securitymeeting.system;

import com.fasterxml.jackson.databind.JsonMappingException;
import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.AuthorizationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Every error answered by a Spring MVC controller (our /api, and any wrong URL, method or content
 * type outside Camunda's own REST) as application/problem+json in Traditional Chinese; never a
 * stack trace. A refusal (4xx) logs one WARN line: who, what, why; an unexpected error its stack trace.
 */
@RestControllerAdvice
class ApiExceptionHandler {

  private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

  private final CurrentUser currentUser;

  ApiExceptionHandler(CurrentUser currentUser) {
    this.currentUser = currentUser;
  }

  @ExceptionHandler(InvalidRequestException.class)
  ResponseEntity<ProblemDetail> invalid(InvalidRequestException e) {
    ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "資料有誤",
        e.problems().stream().map(p -> p.field() + "：" + p.message()).collect(Collectors.joining("；")));
    problem.setProperty("errors", e.problems());
    return answer(problem);
  }

  @ExceptionHandler(ApiException.class)
  ResponseEntity<ProblemDetail> api(ApiException e) {
    return answer(problem(e.status(), e.title(), e.getMessage()));
  }

  @ExceptionHandler(HttpMessageNotReadableException.class)
  ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e) {
    String detail = "送出的內容不是正確的 JSON。";
    List<FieldProblem> errors = List.of();
    if (e.getCause() instanceof CleanInputModule.Refused refused) {
      String field = path(refused);
      ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "資料有誤", refused.message(field));
      problem.setProperty("errors", List.of(new FieldProblem(field, refused.message(field))));
      return answer(problem);
    }
    if (e.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
      String field = path(mapping);
      detail = "欄位「" + field + "」的資料型別不正確。";
      errors = List.of(new FieldProblem(field, "資料型別不正確"));
    }
    ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "資料格式錯誤", detail);
    problem.setProperty("errors", errors);
    return answer(problem);
  }

  @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
  ResponseEntity<ProblemDetail> mediaType(HttpMediaTypeNotSupportedException e) {
    return answer(problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "不支援的內容格式", "請以 " + e.getSupportedMediaTypes() + " 格式送出。"));
  }

  @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
  ResponseEntity<ProblemDetail> method(HttpRequestMethodNotSupportedException e) {
    return answer(problem(HttpStatus.METHOD_NOT_ALLOWED, "不支援的操作", "此網址不接受 " + e.getMethod() + " 要求。"));
  }

  @ExceptionHandler({MethodArgumentTypeMismatchException.class, MissingServletRequestParameterException.class})
  ResponseEntity<ProblemDetail> parameter(Exception e) {
    String name = e instanceof MethodArgumentTypeMismatchException m ? m.getName()
        : ((MissingServletRequestParameterException) e).getParameterName();
    ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "參數有誤", "參數「" + name + "」缺少或格式不正確。");
    problem.setProperty("errors", List.of(new FieldProblem(name, "缺少或格式不正確")));
    return answer(problem);
  }

  @ExceptionHandler(MaxUploadSizeExceededException.class)
  ResponseEntity<ProblemDetail> tooLarge(MaxUploadSizeExceededException e) {
    return answer(problem(HttpStatus.PAYLOAD_TOO_LARGE, "檔案過大", "上傳的檔案超過允許的大小。"));
  }

  @ExceptionHandler(MultipartException.class)
  ResponseEntity<ProblemDetail> multipart(MultipartException e) {
    return answer(problem(HttpStatus.BAD_REQUEST, "上傳格式錯誤", "送出的內容不是正確的 multipart/form-data 格式。"));
  }

  @ExceptionHandler(MissingServletRequestPartException.class)
  ResponseEntity<ProblemDetail> missingPart(MissingServletRequestPartException e) {
    ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "資料有誤", "缺少「" + e.getRequestPartName() + "」。");
    problem.setProperty("errors", List.of(new FieldProblem(e.getRequestPartName(), "必填")));
    return answer(problem);
  }

  @ExceptionHandler(NoResourceFoundException.class)
  ResponseEntity<ProblemDetail> noResource(NoResourceFoundException e) {
    return answer(problem(HttpStatus.NOT_FOUND, "找不到資料", "沒有這個網址：/" + e.getResourcePath()));
  }

  @ExceptionHandler(AuthorizationException.class)
  ResponseEntity<ProblemDetail> forbidden(AuthorizationException e) {
    return answer(problem(HttpStatus.FORBIDDEN, "沒有權限", "您的帳號沒有執行這項操作的權限。"));
  }

  @ExceptionHandler(Exception.class)
  ResponseEntity<ProblemDetail> unexpected(Exception e) {
    log.error("處理要求時發生未預期的錯誤", e);
    return answer(problem(HttpStatus.INTERNAL_SERVER_ERROR, "系統錯誤", "系統暫時無法處理這項要求，資料未變更。請稍後再試或聯絡系統管理者。"));
  }

  private static String path(JsonMappingException mapping) {
    StringBuilder field = new StringBuilder();
    for (JsonMappingException.Reference reference : mapping.getPath()) {
      if (reference.getFieldName() != null) {
        field.append(field.isEmpty() ? "" : ".").append(reference.getFieldName());
      } else if (reference.getIndex() >= 0) {
        field.append('[').append(reference.getIndex()).append(']');
      }
    }
    return field.toString();
  }

  private static ProblemDetail problem(HttpStatus status, String title, String detail) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setTitle(title);
    return problem;
  }

  private ResponseEntity<ProblemDetail> answer(ProblemDetail problem) {
    if (problem.getStatus() < 500
        && RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
      var request = attributes.getRequest();
      String who = currentUser.id() == null ? "（未登入）" : currentUser.id();
      log.warn("拒絕 {} {}（使用者 {}）：{} {}", request.getMethod(), request.getRequestURI(), who, problem.getStatus(),
          String.valueOf(problem.getDetail()).replaceAll("[\\r\\n]+", " "));
    }
    return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
  }
}
