package org.coordina.webconventions;

import java.util.List;
import java.util.Locale;

import org.springframework.context.annotation.Bean;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;

/** Users read Coordina in Bulgarian or English, chosen by {@code Accept-Language}; English otherwise. */
class LocaleConfiguration {

    static final Locale BULGARIAN = Locale.forLanguageTag("bg");

    @Bean(DispatcherServlet.LOCALE_RESOLVER_BEAN_NAME)
    LocaleResolver localeResolver() {
        var resolver = new AcceptHeaderLocaleResolver();
        resolver.setSupportedLocales(List.of(Locale.ENGLISH, BULGARIAN));
        resolver.setDefaultLocale(Locale.ENGLISH);
        return resolver;
    }
}
