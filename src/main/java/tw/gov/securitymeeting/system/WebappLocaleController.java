package tw.gov.securitymeeting.system;

import java.util.Set;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The webapps ask for a locale file by the browser's language prefix ({@code zh.json} for a
 * zh-TW browser); we ship Traditional Chinese once, as {@code zh-TW.json}, and answer both.
 */
@RestController
class WebappLocaleController {

  private static final Set<String> APPS = Set.of("tasklist", "cockpit", "admin");

  @GetMapping("/camunda/app/{app}/locales/zh.json")
  ResponseEntity<Resource> traditionalChinese(@PathVariable String app) {
    if (!APPS.contains(app)) {
      return ResponseEntity.notFound().build();
    }
    Resource file = new ClassPathResource("META-INF/resources/webjars/camunda/app/" + app + "/locales/zh-TW.json");
    if (!file.exists()) {
      return ResponseEntity.notFound().build();
    }
    return ResponseEntity.ok().contentType(new MediaType("application", "json", java.nio.charset.StandardCharsets.UTF_8)).body(file);
  }
}
