package org.coordina.app.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.coordina.CoordinaApplication;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import org.springframework.test.util.ReflectionTestUtils;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Two instances of the application on one PostgreSQL and one Kafka, as behind a load balancer (docs/operations.md):
 * a token of one is good at the other, so is a browser session (so a restart signs nobody out), the jobs run once,
 * the feed reads the same from both, and no event reaches Kafka twice.
 */
class TwoInstancesIntegrationTests {

    static final String TOPIC = "coordina.regionalcommissions.v1";

    static EmbeddedKafkaKraftBroker broker;

    static ConfigurableApplicationContext first;

    static ConfigurableApplicationContext second;

    static final HttpClient http = HttpClient.newHttpClient();

    static final JsonMapper json = JsonMapper.builder().build();

    @BeforeAll
    static void startTwoInstances() {
        broker = new EmbeddedKafkaKraftBroker(1, 2, TOPIC, "coordina.annualplanning.v1", "coordina.meetings.v1");
        broker.afterPropertiesSet();
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        List<String> shared = List.of("server.port=0", "coordina.events.kafka.enabled=true",
                "spring.kafka.bootstrap-servers=" + broker.getBrokersAsString(),
                "coordina.security.token.secret=" + Base64.getEncoder().encodeToString(key),
                "coordina.events.resubmission.enabled=true", "coordina.events.resubmission.interval=PT1H",
                "coordina.events.resubmission.min-age=PT0S", "logging.level.org.apache.kafka=ERROR", "logging.level.kafka=WARN",
                "logging.level.state.change.logger=WARN");
        first = start(shared, "coordina.embedded-db.temporary=true", "coordina.demo.enabled=true");
        var database = (HikariDataSource) first.getBean(DataSource.class);
        second = start(shared, "spring.datasource.url=" + database.getJdbcUrl(),
                "spring.datasource.username=" + database.getUsername(),
                "spring.datasource.password=" + database.getPassword(), "coordina.demo.enabled=false");
    }

    @AfterAll
    static void stop() {
        for (var context : new ConfigurableApplicationContext[] { second, first }) {
            if (context != null) {
                context.close();
            }
        }
        if (broker != null) {
            broker.destroy();
        }
    }

    @Test
    void aBearerTokenOfOneInstanceIsAcceptedByTheOther() throws Exception {
        for (var pair : List.of(List.of(first, second), List.of(second, first))) {
            var token = send(pair.get(0), HttpRequest.newBuilder().POST(HttpRequest.BodyPublishers.noBody()),
                    "/api/v1/auth/token", basic("national.admin"));
            assertThat(token.statusCode()).isEqualTo(200);
            String bearer = "Bearer " + json.readTree(token.body()).get("access_token").asString();

            var me = send(pair.get(1), HttpRequest.newBuilder().GET(), "/api/v1/me", bearer);
            assertThat(me.statusCode()).isEqualTo(200);
            assertThat(me.body()).contains("national.admin");
        }
    }

    @Test
    void aBrowserSignedInAtOneInstanceIsSignedInAtTheOther() throws Exception {
        var login = page(first, "/login", null);
        assertThat(login.statusCode()).isEqualTo(200);
        var csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(login.body());
        assertThat(csrf.find()).as("the sign-in form's CSRF token").isTrue();
        var form = "username=national.admin&password=demo&_csrf=" + csrf.group(1);
        var signedIn = http.send(HttpRequest.newBuilder(uri(first, "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", session(login))
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).doesNotContain("error"));

        // The session lives in PostgreSQL, not in the instance that signed the browser in.
        var home = page(second, "/", session(signedIn));
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).contains("data-test=\"sign-out\"");
        assertThat(page(second, "/", null).body()).as("without the cookie").doesNotContain("data-test=\"sign-out\"");
    }

    @Test
    void theResubmissionJobRunsOnOneInstanceAtATime() throws Exception {
        var firstJob = first.getBean(FailedPublicationResubmitter.class);
        var secondJob = second.getBean(FailedPublicationResubmitter.class);
        try (var connection = first.getBean(DataSource.class).getConnection();
                var lock = connection.prepareStatement("select pg_advisory_lock(?)")) {
            lock.setLong(1, FailedPublicationResubmitter.LOCK_KEY);
            lock.execute();
            // The first instance is resubmitting (it holds the lock): the second skips its round.
            assertThat(secondJob.resubmitIfLeader()).isFalse();
            try (var unlock = connection.prepareStatement("select pg_advisory_unlock(?)")) {
                unlock.setLong(1, FailedPublicationResubmitter.LOCK_KEY);
                unlock.execute();
            }
        }
        assertThat(secondJob.resubmitIfLeader()).isTrue();
        assertThat(firstJob.resubmitIfLeader()).isTrue();
    }

    @Test
    void theOverdueJobOfBothInstancesAtOnceAnnouncesEachReportOnce() throws Exception {
        var jobs = List.of(first, second).stream()
                .map(context -> context.getBean("org.coordina.annualplanning.internal.OverdueReportsJob")).toList();
        var runs = jobs.stream().map(job -> CompletableFuture.runAsync(
                () -> ReflectionTestUtils.invokeMethod(job, "announceOverdueReports"))).toList();
        runs.forEach(CompletableFuture::join);
        jobs.forEach(job -> ReflectionTestUtils.invokeMethod(job, "announceOverdueReports"));

        var jdbc = JdbcClient.create(first.getBean(DataSource.class));
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql(
                "select count(*) from modulith.event_publication where completion_date is null").query(Long.class)
                .single() == 0);
        List<String> announced = jdbc.sql("""
                select data ->> 'reportId' from integration.feed_event
                where type = 'org.coordina.annualplanning.QuarterlyReportOverdue.v1'""").query(String.class).list();
        assertThat(announced).isNotEmpty().doesNotHaveDuplicates();
    }

    @Test
    void writesThroughBothInstancesReachTheFeedOfEitherAndKafkaExactlyOnce() throws Exception {
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            String code = "Y" + (char) ('A' + i) + (char) ('A' + UUID.randomUUID().toString().charAt(0) % 26);
            var instance = i % 2 == 0 ? first : second;
            var created = send(instance, HttpRequest.newBuilder().header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(commission(code))), "/api/v1/commissions",
                    basic("national.admin"));
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            codes.add(code);
        }

        List<String> fromFirst = await().atMost(Duration.ofSeconds(30)).until(() -> establishedInFeed(first),
                established -> established.containsAll(codes));
        assertThat(fromFirst).containsAll(codes);
        // Demo data may still be flowing in: read the second, then the first; the earlier read is where the later
        // one starts, and once the flow stops both read the same.
        List<String> fromSecond = feedIds(second);
        assertThat(feedIds(first)).startsWith(fromSecond.toArray(String[]::new));
        await().atMost(Duration.ofSeconds(30)).until(() -> feedIds(first).equals(feedIds(second)));

        Map<String, Integer> onKafka = consumeEstablished(codes.size());
        assertThat(onKafka).hasSize(codes.size()).allSatisfy((id, count) -> assertThat(count).as(id).isEqualTo(1));
    }

    private static List<String> establishedInFeed(ConfigurableApplicationContext instance) throws Exception {
        List<String> established = new ArrayList<>();
        for (JsonNode event : feed(instance)) {
            if (event.get("type").asString().equals("org.coordina.regionalcommissions.CommissionEstablished.v1")) {
                established.add(event.get("data").get("code").asString());
            }
        }
        return established;
    }

    private static List<String> feedIds(ConfigurableApplicationContext instance) throws Exception {
        List<String> ids = new ArrayList<>();
        feed(instance).forEach(event -> ids.add(event.get("id").asString()));
        return ids;
    }

    /** The whole feed, page by page. */
    private static List<JsonNode> feed(ConfigurableApplicationContext instance) throws Exception {
        List<JsonNode> events = new ArrayList<>();
        String after = null;
        while (true) {
            var page = json.readTree(send(instance, HttpRequest.newBuilder().GET(),
                    "/api/v1/events?limit=500" + (after == null ? "" : "&after=" + after), basic("integrator")).body());
            page.get("events").forEach(events::add);
            if (page.get("events").isEmpty()) {
                return events;
            }
            after = page.get("next").asString();
        }
    }

    /** How often each CommissionEstablished (by ce_id) is on Kafka, once the expected number have arrived. */
    private static Map<String, Integer> consumeEstablished(int expected) {
        var properties = new Properties();
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString());
        properties.put(ConsumerConfig.GROUP_ID_CONFIG, "two-instances-" + UUID.randomUUID());
        properties.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        Map<String, Integer> counts = new HashMap<>();
        try (var consumer = new KafkaConsumer<>(properties, new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(TOPIC));
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            long quietUntil = Long.MAX_VALUE;
            // Read until the expected ones arrived and then five quiet seconds passed, so that a second copy shows.
            while (System.nanoTime() < Math.min(deadline, quietUntil)) {
                for (var record : consumer.poll(Duration.ofMillis(500))) {
                    String type = new String(record.headers().lastHeader("ce_type").value(), StandardCharsets.UTF_8);
                    String code = json.readTree(record.value()).path("code").asString();
                    if (type.endsWith("CommissionEstablished.v1") && code.startsWith("Y")) {
                        counts.merge(new String(record.headers().lastHeader("ce_id").value(), StandardCharsets.UTF_8),
                                1, Integer::sum);
                    }
                }
                if (counts.size() >= expected && quietUntil == Long.MAX_VALUE) {
                    quietUntil = System.nanoTime() + Duration.ofSeconds(5).toNanos();
                }
            }
        }
        return counts;
    }

    private static ConfigurableApplicationContext start(List<String> shared, String... own) {
        List<String> properties = new ArrayList<>(shared);
        properties.addAll(List.of(own));
        // As command-line arguments: they win over application.yaml and the tests' config/application.properties.
        return new SpringApplicationBuilder(CoordinaApplication.class)
                .run(properties.stream().map(property -> "--" + property).toArray(String[]::new));
    }

    private static HttpResponse<String> send(ConfigurableApplicationContext instance, HttpRequest.Builder request,
            String path, String authorization) throws Exception {
        String port = instance.getEnvironment().getProperty("local.server.port");
        return http.send(request.uri(URI.create("http://localhost:" + port + path)).header("Authorization", authorization)
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> page(ConfigurableApplicationContext instance, String path, String cookie)
            throws Exception {
        var request = HttpRequest.newBuilder(uri(instance, path)).GET();
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static URI uri(ConfigurableApplicationContext instance, String path) {
        return URI.create("http://localhost:" + instance.getEnvironment().getProperty("local.server.port") + path);
    }

    /** The session cookie a response sets, as a Cookie header. */
    private static String session(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(cookie -> cookie.startsWith("SESSION="))
                .map(cookie -> cookie.substring(0, cookie.indexOf(';'))).findFirst()
                .orElseThrow(() -> new AssertionError("no session cookie in " + response.headers().map()));
    }

    private static String basic(String username) {
        return "Basic " + Base64.getEncoder().encodeToString((username + ":demo").getBytes(StandardCharsets.UTF_8));
    }

    private static String commission(String code) {
        return """
                {"code": "%s", "nameBg": "МКБТХ Тестово", "nameEn": "LCCTHB Testovo", "city": "Testovo",
                 "region": "Testovo Province", "establishedOn": "2010-03-01",
                 "foundingAct": {"issuer": "Mayor of Testovo", "number": "T-1", "date": "2010-02-15"},
                 "chair": {"title": "Deputy Mayor", "institution": "Municipality of Testovo"},
                 "secretary": {"name": "Secretary of LCCTHB Testovo", "email": "secretary@lccthb.example.org",
                               "phone": "+359 2 000 000"}}
                """.formatted(code);
    }
}
