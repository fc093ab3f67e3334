package tw.gov.securitymeeting.system;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The query and form parameters of /api and the names of uploaded files hold no control
 * characters or bidi overrides (a file named 「報告\u202Etxt.exe」 reads as 「報告exe.txt」): refused
 * with 400 naming the parameter, before a controller sees them. JSON bodies are checked by
 * {@link CleanInputModule}.
 */
@Configuration
class CleanParameters implements WebMvcConfigurer, HandlerInterceptor {

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry.addInterceptor(this).addPathPatterns("/api/**");
  }

  @Override
  public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
    for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
      check(parameter.getKey(), parameter.getKey());
      for (String value : parameter.getValue()) {
        check(parameter.getKey(), value);
      }
    }
    if (request instanceof MultipartHttpServletRequest multipart) {
      for (Map.Entry<String, List<MultipartFile>> part : multipart.getMultiFileMap().entrySet()) {
        for (MultipartFile file : part.getValue()) {
          check(part.getKey(), file.getOriginalFilename());
        }
      }
    }
    return true;
  }

  private static void check(String name, String text) {
    if (ControlCharacters.isPresent(text)) {
      String field = ControlCharacters.strip(name);
      throw new InvalidRequestException(List.of(new FieldProblem(field, SubmittedValues.controlCharacters(field))));
    }
  }
}
