package org.coordina.webconventions;

import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.coordina.sharedkernel.domain.CommissionCode;
import org.coordina.sharedkernel.security.CommissionAccess;
import org.coordina.sharedkernel.security.CommissionAuthority;
import org.coordina.sharedkernel.security.NoCommissionScope;
import org.coordina.sharedkernel.security.ReadsCommissionData;
import org.coordina.sharedkernel.security.Role;
import org.coordina.sharedkernel.security.WritesCommissionData;
import org.coordina.sharedkernel.web.ExpectedVersion;
import org.coordina.sharedkernel.web.SortableBy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.format.support.DefaultFormattingConversionService;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The conventions as Spring MVC applies them, on a controller of this test: commission scope before
 * the body is read, the expected version, commission codes in paths and bodies, sort whitelists.
 */
class WebConventionsTests {

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        var beans = new StaticListableBeanFactory(Map.of("commissionAccess", new CommissionAccess()));
        var conventions = new WebMvcConventions(beans.getBeanProvider(CommissionAccess.class),
                beans.getBeanProvider(org.springframework.data.web.PageableHandlerMethodArgumentResolver.class));
        var conversions = new DefaultFormattingConversionService();
        conventions.addFormatters(conversions);
        var resolvers = new ArrayList<org.springframework.web.method.support.HandlerMethodArgumentResolver>();
        conventions.addArgumentResolvers(resolvers);
        var messages = new StaticMessageSource();
        messages.setUseCodeAsDefaultMessage(true);
        messages.addMessage(CommissionCode.INVALID, Locale.ENGLISH, "''{0}'' is not a commission code");
        mvc = MockMvcBuilders.standaloneSetup(new ThingsController())
                .setControllerAdvice(new ProblemDetailsAdvice(messages))
                .setConversionService(conversions)
                .setCustomArgumentResolvers(resolvers.toArray(new org.springframework.web.method.support.HandlerMethodArgumentResolver[0]))
                .addMappedInterceptors(null, new CommissionScopeInterceptor(beans.getBeanProvider(CommissionAccess.class)))
                .build();
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void anotherCommissionsSecretaryGets403WhateverTheBody() throws Exception {
        signIn(Role.LOCAL_SECRETARY, "BGS");
        mvc.perform(post("/things/VAR").contentType(MediaType.APPLICATION_JSON).content("{\"name\": [[[["))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void theOwnSecretaryWritesAndItsBodyIsThenValidated() throws Exception {
        signIn(Role.LOCAL_SECRETARY, "VAR");
        mvc.perform(post("/things/var").contentType(MediaType.APPLICATION_JSON).content("{\"name\": \"x\", \"home\": \"bgs\"}"))
                .andExpect(status().isOk())
                .andExpect(content().string("VAR x BGS"));
        mvc.perform(post("/things/VAR").contentType(MediaType.APPLICATION_JSON).content("{\"name\": \" \"}"))
                .andExpect(status().isUnprocessableContent());
    }

    @Test
    void aMalformedCodeInABodyIsAFieldError() throws Exception {
        signIn(Role.LOCAL_SECRETARY, "VAR");
        mvc.perform(post("/things/VAR").contentType(MediaType.APPLICATION_JSON).content("{\"name\": \"x\", \"home\": \"B6S\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[*].field", hasItem("home")))
                .andExpect(jsonPath("$.errors[0].message").value("'B6S' is not a commission code"));
    }

    @Test
    void nationalRolesWriteOnlyWhereTheHandlerAllowsThem() throws Exception {
        signIn(Role.NATIONAL_EXPERT, null);
        mvc.perform(post("/things/VAR").contentType(MediaType.APPLICATION_JSON).content("{\"name\": \"x\"}"))
                .andExpect(status().isForbidden());
        signIn(Role.NATIONAL_ADMIN, null);
        mvc.perform(post("/things/VAR").contentType(MediaType.APPLICATION_JSON).content("{\"name\": \"x\"}"))
                .andExpect(status().isOk());
    }

    @Test
    void readersAreTheNationalRolesTheAuditorAndTheCommissionItself() throws Exception {
        signIn(Role.AUDITOR, null);
        mvc.perform(get("/things/VAR")).andExpect(status().isOk());
        signIn(Role.LOCAL_MEMBER, "VAR");
        mvc.perform(get("/things/VAR")).andExpect(status().isOk());
        signIn(Role.LOCAL_MEMBER, "BGS");
        mvc.perform(get("/things/VAR")).andExpect(status().isForbidden());
        signIn(Role.INTEGRATOR, null);
        mvc.perform(get("/things/VAR")).andExpect(status().isForbidden());
    }

    @Test
    void anUnscopedHandlerServesEveryone() throws Exception {
        signIn(Role.INTEGRATOR, null);
        mvc.perform(get("/things/VAR/public")).andExpect(status().isOk());
    }

    @Test
    void aMalformedCodeInAPathIsABadRequest() throws Exception {
        signIn(Role.NATIONAL_ADMIN, null);
        mvc.perform(get("/things/V4R")).andExpect(status().isBadRequest());
        mvc.perform(get("/things/V4R/public")).andExpect(status().isBadRequest());
    }

    @Test
    void theExpectedVersionComesFromIfMatch() throws Exception {
        signIn(Role.LOCAL_SECRETARY, "VAR");
        mvc.perform(put("/things/VAR").header(HttpHeaders.IF_MATCH, "\"7\"")).andExpect(content().string("7"));
        mvc.perform(put("/things/VAR")).andExpect(status().isPreconditionRequired());
        mvc.perform(put("/things/VAR").header(HttpHeaders.IF_MATCH, "*")).andExpect(status().isPreconditionFailed());
    }

    @Test
    void onlyWhitelistedSortKeysAreAccepted() throws Exception {
        signIn(Role.AUDITOR, null);
        mvc.perform(get("/things").param("sort", "year,desc")).andExpect(content().string("periodYear: DESC,id: ASC"));
        mvc.perform(get("/things")).andExpect(content().string("title: ASC,id: ASC"));
        mvc.perform(get("/things").param("sort", "periodYear")).andExpect(status().isBadRequest());
    }

    private static void signIn(Role role, String commission) {
        List<GrantedAuthority> authorities = new ArrayList<>();
        authorities.add(new SimpleGrantedAuthority(role.authority()));
        if (commission != null) {
            authorities.add(CommissionAuthority.of(commission));
        }
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("user", "", authorities));
    }

    record ThingRequest(@NotBlank String name, CommissionCode home) {
    }

    @RestController
    @RequestMapping("/things")
    static class ThingsController {

        @PostMapping("/{code}")
        @WritesCommissionData(alsoAllowed = Role.NATIONAL_ADMIN)
        String write(@PathVariable CommissionCode code, @Valid @RequestBody @NotNull ThingRequest request) {
            return code + " " + request.name() + (request.home() == null ? "" : " " + request.home());
        }

        @GetMapping("/{code}")
        @ReadsCommissionData
        String read(@PathVariable CommissionCode code) {
            return code.value();
        }

        @GetMapping("/{code}/public")
        @NoCommissionScope(reason = "test")
        String open(@PathVariable CommissionCode code) {
            return code.value();
        }

        @PutMapping("/{code}")
        @WritesCommissionData
        String version(@PathVariable CommissionCode code, @ExpectedVersion long version) {
            return String.valueOf(version);
        }

        @GetMapping
        String sorted(@SortableBy({ "title", "year=periodYear" }) @PageableDefault(sort = "title") Pageable pageable) {
            return pageable.getSort().toString().replace(", ", ",");
        }
    }
}
