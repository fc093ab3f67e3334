package tw.gov.securitymeeting.overview;

import org.springframework.http.HttpStatus;

/** A page answered with a Chinese message instead of its content: bad parameters (400), another unit (403), unknown (404). */
class PageRefusal extends RuntimeException {

  private final HttpStatus status;

  PageRefusal(HttpStatus status, String message) {
    super(message);
    this.status = status;
  }

  static PageRefusal badRequest(String message) {
    return new PageRefusal(HttpStatus.BAD_REQUEST, message);
  }

  static PageRefusal forbidden(String message) {
    return new PageRefusal(HttpStatus.FORBIDDEN, message);
  }

  static PageRefusal notFound() {
    return new PageRefusal(HttpStatus.NOT_FOUND, "找不到這個列管事項，或您沒有查看的權限。");
  }

  HttpStatus status() {
    return status;
  }
}
