package org.coordina.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coordina.testsupport.TestUsers.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.coordina.sharedkernel.security.Role;
import org.coordina.support.ApiIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.MethodParameter;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every page form, posted as a tampered browser would post it, answers with a page that says what is wrong (the form
 * with its error summary, or a 4xx page), never the 500 page: each field a form's controls can send set to nonsense
 * (text too long, "x" for a number, date, choice or id), and nothing at all. The handlers are found in the running
 * application, so a form added later is checked without touching this test.
 */
@ApiIntegrationTest
class TamperedPagePostsIntegrationTests {

    private static final Pattern PATH_VARIABLE = Pattern.compile("\\{(\\w+)(:[^}]*)?}");

    private static final Pattern COMMISSION = Pattern.compile("[A-Z]{3}");

    private static final String LONG_TEXT = "ж".repeat(5000);

    private static final String NONSENSE = "x";

    /** Where a page's path variables find an existing record, so that the form is read rather than a 404 answered. */
    private static final Map<String, String> EXISTING = new LinkedHashMap<>();

    static {
        EXISTING.put("/meetings/{id}", "SELECT meeting_id AS id FROM meetings.participant LIMIT 1");
        EXISTING.put("/victim-support/services/{id}", "SELECT id FROM victimsupport.support_service LIMIT 1");
        EXISTING.put("/victim-support/statistics/{code}", """
                SELECT commission_code AS code, year, quarter AS q FROM victimsupport.victim_statistics
                ORDER BY status = 'DRAFT' DESC LIMIT 1""");
        EXISTING.put("/cooperation/partners/{id}", "SELECT id FROM internationalcooperation.partner LIMIT 1");
        EXISTING.put("/planning/{year}/plans/{owner}/backlog/{id}",
                "SELECT target_year AS year, owner, id FROM annualplanning.proposal LIMIT 1");
        EXISTING.put("/planning/{year}/plans/{owner}/quarters/{q}", """
                SELECT p.cycle_year AS year, p.owner, p.quarter AS q, p.activity_id AS "activityId"
                FROM annualplanning.activity_progress p JOIN annualplanning.quarterly_report r ON r.id = p.report_id
                ORDER BY r.status IN ('DRAFT', 'SUBMITTED') DESC LIMIT 1""");
        EXISTING.put("/planning/{year}/plans/{owner}/activities/{id}", """
                SELECT a.cycle_year AS year, a.owner, a.id FROM annualplanning.activity a
                JOIN annualplanning.plan p ON p.id = a.plan_id ORDER BY p.status = 'DRAFT' DESC LIMIT 1""");
        EXISTING.put("/planning/{year}/plans/{owner}", """
                SELECT cycle_year AS year, owner FROM annualplanning.plan
                ORDER BY status = 'SUBMITTED' DESC, owner <> 'national' DESC LIMIT 1""");
        EXISTING.put("/planning/{year}/sections/{code}", """
                SELECT c.year, s.code FROM annualplanning.programme_section s
                JOIN annualplanning.planning_cycle c ON c.id = s.planning_cycle_id LIMIT 1""");
        EXISTING.put("/planning/{year}", """
                SELECT year FROM annualplanning.planning_cycle ORDER BY status = 'DRAFT' DESC, year LIMIT 1""");
        EXISTING.put("/commissions/{code}", "SELECT 'VAR' AS code");
        EXISTING.put("/users/{username}", "SELECT 'member.var' AS username");
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void noPageFormAnswersATamperedOrEmptyPostWithTheFailurePage() throws Exception {
        var handlers = pagePosts();
        assertThat(handlers).as("page post handlers found").hasSizeGreaterThan(20);

        List<String> failures = new ArrayList<>();
        for (var handler : handlers.entrySet()) {
            var pattern = handler.getKey();
            var method = handler.getValue();
            var variables = pathVariables(pattern);
            var path = expand(pattern, variables);
            for (var user : users(variables)) {
                for (var tampered : List.of(true, false)) {
                    var request = post(path).with(user.getValue()).with(csrf());
                    if (tampered) {
                        fields(method).forEach(request::param);
                    }
                    var what = "%s %s (%s as %s)".formatted(method.getShortLogMessage(), path,
                            tampered ? "nonsense fields" : "no fields", user.getKey());
                    try {
                        var response = mvc.perform(request).andReturn().getResponse();
                        var body = response.getContentAsString(StandardCharsets.UTF_8);
                        if (response.getStatus() >= 500 || body.contains("data-test=\"error-500\"")) {
                            failures.add(what + " -> " + response.getStatus());
                        }
                    }
                    catch (Exception failure) {
                        // A view that fails to render escapes MockMvc as an exception; a server answers it with 500.
                        failures.add(what + " -> 500 " + rootCause(failure));
                    }
                }
            }
        }
        assertThat(failures).as("page posts answered with the failure page:%n%s", String.join("\n", failures))
                .isEmpty();
    }

    /** The POST handlers of the page controllers (not the API, not sign-in), by their path pattern. */
    private Map<String, HandlerMethod> pagePosts() {
        Map<String, HandlerMethod> posts = new LinkedHashMap<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : mappings.getHandlerMethods().entrySet()) {
            var info = entry.getKey();
            var method = entry.getValue();
            var type = method.getBeanType();
            if (!type.getName().startsWith("org.coordina.") || !AnnotatedElementUtils.hasAnnotation(type, Controller.class)
                    || AnnotatedElementUtils.hasAnnotation(type, ResponseBody.class)
                    || method.hasMethodAnnotation(ResponseBody.class)
                    || !info.getMethodsCondition().getMethods().contains(RequestMethod.POST)) {
                continue;
            }
            for (var pattern : info.getPatternValues()) {
                if (!pattern.startsWith("/api") && !pattern.startsWith("/login") && !pattern.startsWith("/logout")
                        && !pattern.startsWith("/token")) {
                    posts.put(pattern, method);
                }
            }
        }
        return posts;
    }

    private Map<String, String> pathVariables(String pattern) {
        Map<String, String> values = new LinkedHashMap<>();
        EXISTING.entrySet().stream().filter(existing -> pattern.startsWith(existing.getKey())).findFirst()
                .flatMap(existing -> jdbc.sql(existing.getValue()).query().listOfRows().stream().findFirst())
                .ifPresent(row -> row.forEach((name, value) -> values.put(name, String.valueOf(value))));
        Matcher variable = PATH_VARIABLE.matcher(pattern);
        while (variable.find()) {
            values.putIfAbsent(variable.group(1), switch (variable.group(1)) {
                case "year" -> "2021";
                case "q" -> "1";
                case "code", "owner" -> "VAR";
                case "username" -> "member.var";
                default -> UUID.randomUUID().toString();
            });
        }
        return values;
    }

    private static String expand(String pattern, Map<String, String> variables) {
        return PATH_VARIABLE.matcher(pattern).replaceAll(variable -> Matcher.quoteReplacement(
                variables.get(variable.group(1))));
    }

    /** The national admin, and the secretary of the commission the page belongs to. */
    private static List<Map.Entry<String, RequestPostProcessor>> users(Map<String, String> variables) {
        List<Map.Entry<String, RequestPostProcessor>> users = new ArrayList<>();
        users.add(Map.entry("national admin", as(Role.NATIONAL_ADMIN)));
        Optional.ofNullable(variables.getOrDefault("code", variables.get("owner")))
                .filter(code -> COMMISSION.matcher(code).matches())
                .ifPresent(code -> users.add(Map.entry("secretary of " + code, as(Role.LOCAL_SECRETARY, code))));
        return users;
    }

    /** Every field the handler reads, set to a value its form's controls cannot send. */
    private static Map<String, String> fields(HandlerMethod method) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (MethodParameter parameter : method.getMethodParameters()) {
            var requestParam = parameter.getParameterAnnotation(RequestParam.class);
            if (parameter.hasParameterAnnotation(ModelAttribute.class)) {
                addFields(fields, "", parameter.getParameterType(), 0);
            }
            else if (requestParam != null && !Map.class.isAssignableFrom(parameter.getParameterType())) {
                var name = requestParam.name().isEmpty() ? parameter.getParameterName() : requestParam.name();
                fields.put(name, nonsense(parameter.getParameterType()));
            }
        }
        return fields;
    }

    private static void addFields(Map<String, String> fields, String prefix, Class<?> type, int depth) {
        if (!type.isRecord() || depth > 3) {
            return;
        }
        for (RecordComponent component : type.getRecordComponents()) {
            var name = prefix + component.getName();
            var componentType = component.getType();
            if (componentType.isRecord()) {
                addFields(fields, name + ".", componentType, depth + 1);
            }
            else if (Collection.class.isAssignableFrom(componentType)) {
                var element = typeArgument(component.getGenericType(), 0);
                if (element.isRecord()) {
                    addFields(fields, name + "[0].", element, depth + 1);
                }
                else {
                    fields.put(name + "[0]", nonsense(element));
                }
            }
            else if (Map.class.isAssignableFrom(componentType)) {
                fields.put(name + "[x]", nonsense(typeArgument(component.getGenericType(), 1)));
            }
            else {
                fields.put(name, nonsense(componentType));
            }
        }
    }

    private static Class<?> typeArgument(Type type, int index) {
        if (type instanceof ParameterizedType parameterized
                && parameterized.getActualTypeArguments()[index] instanceof Class<?> argument) {
            return argument;
        }
        return Object.class;
    }

    private static String rootCause(Throwable failure) {
        var cause = failure;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause.getClass().getSimpleName() + ": " + cause.getMessage();
    }

    private static String nonsense(Class<?> type) {
        return type == String.class || type == Object.class ? LONG_TEXT : NONSENSE;
    }
}
