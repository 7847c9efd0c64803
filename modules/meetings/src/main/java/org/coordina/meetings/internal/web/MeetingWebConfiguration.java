package org.coordina.meetings.internal.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Registers the meeting scope check for the meetings API and pages. */
@Configuration(proxyBeanMethods = false)
class MeetingWebConfiguration implements WebMvcConfigurer {

    private final MeetingAccess access;

    MeetingWebConfiguration(MeetingAccess access) {
        this.access = access;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new MeetingScopeInterceptor(access)).addPathPatterns(MeetingController.PATH + "/**",
                MeetingPages.PATH + "/**");
    }
}
