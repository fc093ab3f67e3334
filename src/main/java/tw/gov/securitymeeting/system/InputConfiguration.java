package tw.gov.securitymeeting.system;

import org.springframework.context.annotation.Configuration;

/** Applies app.input.* (the plausible years) to every reader of submitted values. */
@Configuration
class InputConfiguration {

  InputConfiguration(InputProperties properties) {
    PlausibleDates.configure(properties.minRocYear(), properties.maxRocYear());
  }
}
