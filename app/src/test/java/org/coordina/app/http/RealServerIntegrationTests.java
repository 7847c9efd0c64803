package org.coordina.app.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What only a real servlet container shows: parameter decoding, redirects built from the Host header,
 * cookie attributes, headers behind a proxy and bodies without a declared length. Raw HTTP over a
 * socket, so that nothing between the test and the server tidies the request up.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RealServerIntegrationTests {

    private static final String ADMIN = "Authorization: Basic "
            + Base64.getEncoder().encodeToString("national.admin:demo".getBytes(StandardCharsets.UTF_8));

    @LocalServerPort
    int port;

    @ParameterizedTest
    @ValueSource(strings = { "/api/v1/commissions", "/api/v1/users", "/api/v1/users/integrator/api-keys",
            "/api/v1/commissions/VAR/members", "/api/v1/commissions/VAR/trend-reports" })
    void anInvalidPercentEncodingIsA400OnEveryList(String list) throws IOException {
        assertThat(send("GET " + list + " HTTP/1.1", List.of(ADMIN), null).status()).isEqualTo(200);
        for (String query : List.of("?page=%ff", "?sort=%ff", "?size=%e2%82", "?page=%zz")) {
            var response = send("GET " + list + query + " HTTP/1.1", List.of(ADMIN), null);
            assertThat(response.status()).as(list + query).isEqualTo(400);
            assertThat(response.header("content-type")).startsWith("application/problem+json");
        }
    }

    @Test
    void redirectsNeverNameTheHostTheClientSent() throws IOException {
        var response = send("GET / HTTP/1.1", List.of("Host: evil.example"), null);
        assertThat(response.status()).isEqualTo(302);
        assertThat(response.header("location")).startsWith("/login").doesNotContain("evil.example");
    }

    @Test
    void theSessionCookieIsSameSiteLaxAndHttpOnly() throws IOException {
        var response = send("GET / HTTP/1.1", List.of(), null);
        assertThat(response.header("set-cookie")).contains("SESSION=").containsIgnoringCase("SameSite=Lax")
                .containsIgnoringCase("HttpOnly");
    }

    @Test
    void theLoginPageSatisfiesItsContentSecurityPolicy() throws IOException {
        var response = send("GET /login HTTP/1.1", List.of(), null);
        assertThat(response.status()).isEqualTo(200);
        var policy = response.header("content-security-policy");
        assertThat(policy).contains("default-src 'self'").contains("style-src 'self'").doesNotContain("unsafe-inline");
        // Nothing inline that the policy would block.
        assertThat(response.body()).doesNotContain("<style").doesNotContain("<script>").doesNotContain(" style=")
                .contains("/css/coordina.css");
        assertThat(response.header("referrer-policy")).isEqualTo("same-origin");
        assertThat(send("GET /css/coordina.css HTTP/1.1", List.of(), null).status()).isEqualTo(200);
    }

    @Test
    void strictTransportSecurityIsSentBehindAnHttpsProxyOnly() throws IOException {
        assertThat(send("GET /login HTTP/1.1", List.of(), null).header("strict-transport-security")).isNull();
        var proxied = send("GET /login HTTP/1.1", List.of("X-Forwarded-Proto: https"), null);
        assertThat(proxied.header("strict-transport-security")).contains("max-age=");
    }

    @Test
    void aChunkedBodyOverTheLimitIsA413() throws IOException {
        var opening = "{\"username\": \"";
        var chunk = "x".repeat(64 * 1024);
        var body = new StringBuilder(Integer.toHexString(opening.length()) + "\r\n" + opening + "\r\n");
        for (int i = 0; i < 32; i++) {
            body.append(Integer.toHexString(chunk.length())).append("\r\n").append(chunk).append("\r\n");
        }
        body.append("0\r\n\r\n");
        var response = send("POST /api/v1/users HTTP/1.1",
                List.of(ADMIN, "Content-Type: application/json", "Transfer-Encoding: chunked"), body.toString());
        assertThat(response.status()).isEqualTo(413);
        assertThat(response.header("content-type")).startsWith("application/problem+json");
    }

    private Response send(String requestLine, List<String> headers, String rawBody) throws IOException {
        try (var socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(30_000);
            var request = new StringBuilder(requestLine).append("\r\n");
            if (headers.stream().noneMatch(h -> h.toLowerCase(Locale.ROOT).startsWith("host:"))) {
                request.append("Host: 127.0.0.1:").append(port).append("\r\n");
            }
            headers.forEach(header -> request.append(header).append("\r\n"));
            request.append("Connection: close\r\n\r\n");
            if (rawBody != null) {
                request.append(rawBody);
            }
            var out = socket.getOutputStream();
            try {
                out.write(request.toString().getBytes(StandardCharsets.UTF_8));
                out.flush();
            } catch (IOException e) {
                // The server may answer and close before the whole body is sent; its answer is what counts.
            }
            var bytes = new ByteArrayOutputStream();
            try {
                socket.getInputStream().transferTo(bytes);
            } catch (IOException e) {
                // A reset after the answer was read.
            }
            return Response.parse(bytes.toString(StandardCharsets.UTF_8));
        }
    }

    record Response(int status, Map<String, String> headers, String body) {

        static Response parse(String raw) {
            var end = raw.indexOf("\r\n\r\n");
            var head = (end < 0 ? raw : raw.substring(0, end)).split("\r\n");
            Map<String, String> headers = new LinkedHashMap<>();
            for (int i = 1; i < head.length; i++) {
                var colon = head[i].indexOf(':');
                if (colon > 0) {
                    headers.merge(head[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
                            head[i].substring(colon + 1).trim(), (a, b) -> a + "\n" + b);
                }
            }
            return new Response(Integer.parseInt(head[0].split(" ")[1]), headers, end < 0 ? "" : raw.substring(end + 4));
        }

        String header(String name) {
            return headers.get(name);
        }
    }
}
