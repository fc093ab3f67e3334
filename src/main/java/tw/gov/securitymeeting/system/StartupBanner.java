package tw.gov.securitymeeting.system;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import tw.gov.securitymeeting.organization.OrganizationProperties;

/** Tells whoever started the application where to go and how to sign in. */
@Component
class StartupBanner {

  private static final Logger log = LoggerFactory.getLogger(StartupBanner.class);

  private final String baseUrl;
  private final OrganizationProperties organization;
  private final List<FeatureLinks> features;

  StartupBanner(@Value("${app.public-base-url}") String baseUrl, OrganizationProperties organization,
      List<FeatureLinks> features) {
    this.baseUrl = baseUrl;
    this.organization = organization;
    this.features = features;
  }

  @EventListener(ApplicationReadyEvent.class)
  void printUrls() {
    StringBuilder text = new StringBuilder("\n安全維護會報決議事項追蹤已啟動\n")
        .append("  Tasklist（待辦）: ").append(baseUrl).append("/camunda/app/tasklist/\n")
        .append("  Cockpit（監控）:  ").append(baseUrl).append("/camunda/app/cockpit/\n")
        .append("  Admin（管理）:    ").append(baseUrl).append("/camunda/app/admin/\n")
        .append("  Camunda REST API: ").append(baseUrl).append("/engine-rest\n");
    text.append("  附件與證據檔案上傳： ").append(baseUrl).append("/uploads.html\n");
    for (FeatureLinks feature : features) {
      for (FeatureLinks.Link link : feature.links()) {
        text.append("  ").append(link.label()).append("： ").append(baseUrl).append(link.path()).append('\n');
      }
    }
    if (organization.demoUsers()) {
      text.append("  示範帳號（密碼皆為 ").append(organization.demoPassword()).append("）：admin、chair、ethics-clerk、ethics-head、")
          .append("administration-clerk、planning-clerk、construction-clerk、education-clerk、social-affairs-clerk …\n");
    }
    log.info(text.toString());
  }
}
