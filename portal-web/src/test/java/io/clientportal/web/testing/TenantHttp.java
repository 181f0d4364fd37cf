package io.clientportal.web.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Sends requests to the server under test as if they came to a tenant's host name: connects to the server's address
 * and sets the Host header (needs {@code -Djdk.httpclient.allowRestrictedHeaders=host}).
 */
public final class TenantHttp {

    private final URL base;
    private final HttpClient client = HttpClient.newBuilder()
            // HTTP/2 (which the client upgrades to) carries the authority of the URI and drops our Host header.
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    public TenantHttp(URL base) {
        this.base = base;
    }

    /** GET of a path on the given host (a name such as {@code acme.localhost}; the server's port is added). */
    public HttpResponse<String> get(String host, String path) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base.getProtocol() + "://" + base.getHost() + ":"
                        + base.getPort() + path))
                .header("Host", host + ":" + base.getPort())
                .timeout(Duration.ofSeconds(30))
                .GET()
                .build();
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
