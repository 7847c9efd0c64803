package org.coordina.webconventions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

class LocaleConfigurationTests {

    private final org.springframework.web.servlet.LocaleResolver resolver = new LocaleConfiguration().localeResolver();

    @Test
    void theApiFollowsAcceptLanguageAndDefaultsToEnglish() {
        var request = new MockHttpServletRequest("GET", "/api/v1/commissions");
        request.setCookies(new Cookie(LocaleConfiguration.LANGUAGE_COOKIE, "bg"));
        assertThat(resolver.resolveLocale(request)).isEqualTo(Locale.ENGLISH);

        request.addHeader("Accept-Language", "bg-BG,bg;q=0.9");
        assertThat(resolver.resolveLocale(request).getLanguage()).isEqualTo("bg");
    }

    @Test
    void pagesAreBulgarianUntilTheSwitchChoosesAndTheCookieRemembers() throws Exception {
        var first = new MockHttpServletRequest("GET", "/commissions");
        first.addHeader("Accept-Language", "en");
        assertThat(resolver.resolveLocale(first).getLanguage()).isEqualTo("bg");

        var switching = new MockHttpServletRequest("GET", "/commissions");
        switching.setParameter("lang", "en");
        var response = new MockHttpServletResponse();
        var interceptor = new LocaleChangeInterceptor();
        interceptor.setParamName("lang");
        switching.setAttribute(org.springframework.web.servlet.DispatcherServlet.LOCALE_RESOLVER_ATTRIBUTE, resolver);
        interceptor.preHandle(switching, response, new Object());
        var cookie = response.getCookie(LocaleConfiguration.LANGUAGE_COOKIE);
        assertThat(cookie).isNotNull();
        assertThat(cookie.getValue()).isEqualTo("en");

        var later = new MockHttpServletRequest("GET", "/");
        later.setCookies(cookie);
        assertThat(resolver.resolveLocale(later)).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void aLanguageCoordinaDoesNotSpeakIsNeitherShownNorRemembered() {
        var request = new MockHttpServletRequest("GET", "/");
        request.setCookies(new Cookie(LocaleConfiguration.LANGUAGE_COOKIE, "de"));
        assertThat(resolver.resolveLocale(request).getLanguage()).isEqualTo("bg");

        var response = new MockHttpServletResponse();
        resolver.setLocale(new MockHttpServletRequest("GET", "/"), response, Locale.GERMAN);
        assertThat(response.getCookie(LocaleConfiguration.LANGUAGE_COOKIE)).isNull();
    }
}
