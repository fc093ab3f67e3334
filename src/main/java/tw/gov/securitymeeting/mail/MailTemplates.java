package tw.gov.securitymeeting.mail;

import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Renders a mail's plain-text and HTML bodies from templates/mail/{name}.txt and .html, and makes the
 * addresses a mail links to, under {@code app.public-base-url}.
 */
@Component
public class MailTemplates {

  public record Body(String text, String html) {}

  private final TemplateEngine text = engine(TemplateMode.TEXT, ".txt");
  private final TemplateEngine html = engine(TemplateMode.HTML, ".html");
  private final String baseUrl;

  MailTemplates(@Value("${app.public-base-url}") String baseUrl) {
    this.baseUrl = baseUrl.replaceAll("/+$", "");
  }

  /** An address of the application: {@code /api/publications/7} → https://host/api/publications/7. */
  public String link(String path) {
    return baseUrl + path;
  }

  /** Tasklist's start page, where the recipient finds their tasks. */
  public String tasklist() {
    return link("/camunda/app/tasklist/default/");
  }

  public Body render(String name, Map<String, Object> model) {
    Context context = new Context(java.util.Locale.TAIWAN, model);
    return new Body(text.process(name, context), html.process(name, context));
  }

  private static TemplateEngine engine(TemplateMode mode, String suffix) {
    ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
    resolver.setPrefix("templates/mail/");
    resolver.setSuffix(suffix);
    resolver.setTemplateMode(mode);
    resolver.setCharacterEncoding("UTF-8");
    TemplateEngine engine = new SpringTemplateEngine();
    engine.setTemplateResolver(resolver);
    return engine;
  }
}
