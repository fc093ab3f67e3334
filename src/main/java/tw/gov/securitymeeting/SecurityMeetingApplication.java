package tw.gov.securitymeeting;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class SecurityMeetingApplication {

  public static void main(String[] args) {
    SpringApplication.run(SecurityMeetingApplication.class, args);
  }
}
