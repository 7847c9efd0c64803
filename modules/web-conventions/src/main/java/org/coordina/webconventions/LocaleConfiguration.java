package org.coordina.webconventions;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Bean;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

/**
 * Users read Coordina in Bulgarian or English. API clients choose by {@code Accept-Language} (English
 * otherwise); the browser pages by the language switch, remembered in a cookie (Bulgarian otherwise).
 */
class LocaleConfiguration {

    static final Locale BULGARIAN = Locale.forLanguageTag("bg");

    static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, BULGARIAN);

    /** The cookie that remembers a browser's chosen language. */
    static final String LANGUAGE_COOKIE = "coordina-language";

    @Bean(DispatcherServlet.LOCALE_RESOLVER_BEAN_NAME)
    LocaleResolver localeResolver() {
        var api = new AcceptHeaderLocaleResolver();
        api.setSupportedLocales(SUPPORTED);
        api.setDefaultLocale(Locale.ENGLISH);
        return new PagesOrApiLocaleResolver(api);
    }

    /** The cookie for pages, {@code Accept-Language} for the API and the actuator (machines send no cookies). */
    static final class PagesOrApiLocaleResolver extends CookieLocaleResolver {

        private final AcceptHeaderLocaleResolver api;

        PagesOrApiLocaleResolver(AcceptHeaderLocaleResolver api) {
            super(LANGUAGE_COOKIE);
            this.api = api;
            setDefaultLocaleFunction(request -> BULGARIAN);
            setCookieHttpOnly(true);
            setCookieSameSite("Lax");
            setCookieMaxAge(Duration.ofDays(365));
        }

        @Override
        public Locale resolveLocale(HttpServletRequest request) {
            return resolveLocaleContext(request).getLocale();
        }

        /**
         * What the dispatcher asks (the cookie resolver's own answer would skip the API's header). Lazy like the
         * cookie resolver's: a language switched during the request applies to the page it renders.
         */
        @Override
        public LocaleContext resolveLocaleContext(HttpServletRequest request) {
            if (isMachineRequest(request)) {
                return () -> api.resolveLocale(request);
            }
            var cookie = super.resolveLocaleContext(request);
            return () -> {
                var locale = cookie.getLocale();
                return locale != null && isSupported(locale) ? locale : BULGARIAN;
            };
        }

        @Override
        public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
            // Only the two languages Coordina speaks are remembered; anything else is ignored.
            if (locale == null || isSupported(locale)) {
                super.setLocale(request, response, locale == null ? null : Locale.forLanguageTag(locale.getLanguage()));
            }
        }

        private static boolean isSupported(Locale locale) {
            return SUPPORTED.stream().anyMatch(supported -> supported.getLanguage().equals(locale.getLanguage()));
        }

        private static boolean isMachineRequest(HttpServletRequest request) {
            var path = request.getRequestURI().substring(request.getContextPath().length());
            return path.startsWith("/api/") || path.startsWith("/actuator") || path.startsWith("/v3/api-docs");
        }
    }
}
