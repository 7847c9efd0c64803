package org.coordina.webconventions;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration;
import org.springframework.context.annotation.Import;

/**
 * What every module's web layer relies on, configured once for the application and for each module's
 * own tests: Problem Details for every error, strict JSON, the request's language, method security,
 * commission scoping before the body is read, the expected version from {@code If-Match}, sort
 * whitelists, commission codes in paths, the one {@code Clock} and auditing by it.
 *
 * <p>The imported classes carry no stereotype on purpose: the application's component scan covers
 * this package, and only this auto-configuration may register them (after the application's own
 * beans, so that {@code @ConditionalOnMissingBean} sees a test's replacement clock).
 */
@AutoConfiguration(before = WebMvcAutoConfiguration.class)
@Import({ ClockConfiguration.class, AuditingConfiguration.class })
public class WebConventionsAutoConfiguration {

    /** The Spring MVC side, only in a servlet web application. */
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    @Import({ LocaleConfiguration.class, StrictJsonConfiguration.class, MethodSecurityConfiguration.class,
            WebMvcConventions.class, ProblemDetailsAdvice.class, ProblemWriter.class })
    static class ServletConventions {
    }
}
