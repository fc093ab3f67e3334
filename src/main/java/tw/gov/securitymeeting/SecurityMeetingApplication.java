package tw.gov.securitymeeting;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import tw.gov.securitymeeting.system.XmlFactories;

@SpringBootApplication
@ConfigurationPropertiesScan
public class SecurityMeetingApplication {

  static {
    // Before any library creates its first XML parser (the tests load this class too).
    XmlFactories.name();
  }

  public static void main(String[] args) {
    SpringApplication.run(SecurityMeetingApplication.class, args);
  }
}
