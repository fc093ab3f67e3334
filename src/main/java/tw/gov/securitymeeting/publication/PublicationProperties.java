package tw.gov.securitymeeting.publication;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The pre-publication review's settings (app.publication.*).
 *
 * @param maxFileSize largest accepted attachment, per file
 * @param maxAttachments most attachments per notice
 * @param reviewerGroup a group whose members may review any unit's notice besides the unit's head (empty: none)
 * @param takeDownWorkingDays the take-down task is due this many working days after it arrives
 * @param overdueReportTo the unit told when a take-down is overdue (綜合規劃處, who owns website security)
 */
@ConfigurationProperties("app.publication")
public record PublicationProperties(
    @DefaultValue("20MB") DataSize maxFileSize,
    @DefaultValue("20") int maxAttachments,
    @DefaultValue("") String reviewerGroup,
    @DefaultValue("3") int takeDownWorkingDays,
    @DefaultValue("planning") String overdueReportTo) {}
