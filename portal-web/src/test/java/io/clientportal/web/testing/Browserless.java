package io.clientportal.web.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One user agent talking to the server under test: keeps its cookies like a browser, reaches a tenant by its Host
 * header, and fills in Faces forms (view state included). Each instance is an independent user.
 */
public final class Browserless {

    private static final Pattern VIEW_STATE = Pattern.compile(
            "name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]*)\"");
    private static final Pattern SCRIPT_NONCE = Pattern.compile("<script[^>]* nonce=\"([^\"]+)\"");
    private static final String VIEW_STATE_FIELD = "jakarta.faces.ViewState";
    private static final String NONCE_FIELD = "primefaces.nonce";
    public static final String SIGN_IN_PAGE = "/login.xhtml";

    private final URL base;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient client;
    private String apiKey;
    /** The CSP nonce of the last page that had one: PrimeFaces in a browser adds it to every form it posts. */
    private String pageNonce;

    public Browserless(URL base) {
        this.base = base;
        this.client = HttpClient.newBuilder()
                // HTTP/2 (which the client upgrades to) carries the URI's authority and drops our Host header.
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .cookieHandler(cookies)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    public HttpResponse<String> get(String host, String path) {
        return send(request(host, path).GET().build());
    }

    /** A GET whose body is kept as bytes, as a file download is. */
    public HttpResponse<byte[]> download(String host, String path) {
        return send(request(host, path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** A GET of part of a file, as a download manager resuming it asks: {@code Range: bytes=...}. */
    public HttpResponse<byte[]> downloadRange(String host, String path, String range) {
        return send(request(host, path).header("Range", range).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    /** A HEAD request: the headers a GET would get, no body. */
    public HttpResponse<byte[]> head(String host, String path) {
        return send(request(host, path).method("HEAD", HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    /** Submits a Faces form found on the page at {@code path}: its view state plus the given fields. */
    public HttpResponse<String> submit(String host, String path, String formId, Map<String, String> fields) {
        return post(host, path, form(host, path, formId, fields));
    }

    /**
     * Opens the page at {@code path} and fills in its Faces form, for {@link #post} to send later: how a test sends
     * many forms at one moment, without each first waiting for its page.
     */
    public Map<String, String> form(String host, String path, String formId, Map<String, String> fields) {
        HttpResponse<String> page = get(host, path);
        Matcher viewState = VIEW_STATE.matcher(page.body());
        if (!viewState.find()) {
            throw new AssertionError("No Faces form on " + path + ": " + page.statusCode() + " " + page.body());
        }
        Map<String, String> form = new LinkedHashMap<>();
        form.put(formId, formId);
        fields.forEach((name, value) -> form.put(formId + ":" + name, value));
        form.put(VIEW_STATE_FIELD, viewState.group(1));
        return form;
    }

    public HttpResponse<String> post(String host, String path, Map<String, String> form) {
        String body = withNonce(form).entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        return send(request(host, path)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build());
    }

    /**
     * Posts a form as multipart/form-data, as a browser sends a form with a file: the fields, then one file under
     * {@code fileField}.
     */
    public HttpResponse<String> postMultipart(String host, String path, Map<String, String> fields, String fileField,
                                              String fileName, byte[] content) {
        String boundary = "----portal-test-" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        withNonce(fields).forEach((name, value) -> body.writeBytes(("--" + boundary
                + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n")
                .getBytes(StandardCharsets.UTF_8)));
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField
                + "\"; filename=\"" + fileName + "\"\r\nContent-Type: text/csv\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(request(host, path)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .build());
    }

    /** Signs in through the real form; the answer is the form's response (a redirect when it worked). */
    public HttpResponse<String> signIn(String host, String email, String password) {
        return post(host, SIGN_IN_PAGE, signInForm(host, email, password));
    }

    /** The sign-in form, opened and filled in, for {@link #post} to send to {@link #SIGN_IN_PAGE} later. */
    public Map<String, String> signInForm(String host, String email, String password) {
        return form(host, SIGN_IN_PAGE, "signIn", Map.of("email", email, "password", password, "submit", "Sign in"));
    }

    public Optional<String> sessionId() {
        return cookies.getCookieStore().getCookies().stream()
                .filter(cookie -> cookie.getName().equals("JSESSIONID"))
                .map(HttpCookie::getValue)
                .findFirst();
    }

    /** Replaces this agent's session cookie, as an attacker replaying a stolen one would. */
    public void useSessionId(String sessionId) {
        cookies.getCookieStore().removeAll();
        HttpCookie cookie = new HttpCookie("JSESSIONID", sessionId);
        cookie.setPath("/");
        cookie.setVersion(0);
        cookies.getCookieStore().add(URI.create(base.getProtocol() + "://" + base.getHost() + ":" + base.getPort()),
                cookie);
    }

    /** Sends this API key as a bearer token with every request from now on, as an integration would. */
    public void useApiKey(String key) {
        this.apiKey = key;
    }

    private HttpRequest.Builder request(String host, String path) {
        HttpRequest.Builder builder = plainRequest(host, path);
        return apiKey == null ? builder : builder.header("Authorization", "Bearer " + apiKey);
    }

    private HttpRequest.Builder plainRequest(String host, String path) {
        return HttpRequest.newBuilder(URI.create(base.getProtocol() + "://" + base.getHost() + ":" + base.getPort()
                        + path))
                .header("Host", host + ":" + base.getPort())
                .timeout(Duration.ofSeconds(30));
    }

    private HttpResponse<String> send(HttpRequest request) {
        HttpResponse<String> response = send(request, HttpResponse.BodyHandlers.ofString());
        Matcher nonce = SCRIPT_NONCE.matcher(response.body());
        if (nonce.find()) {
            pageNonce = nonce.group(1);
        }
        return response;
    }

    /** The form as PrimeFaces posts it from a page under CSP: with the page's nonce beside its view state. */
    private Map<String, String> withNonce(Map<String, String> form) {
        if (pageNonce == null || !form.containsKey(VIEW_STATE_FIELD) || form.containsKey(NONCE_FIELD)) {
            return form;
        }
        Map<String, String> posted = new LinkedHashMap<>(form);
        posted.put(NONCE_FIELD, pageNonce);
        return posted;
    }

    private <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> body) {
        try {
            return client.send(request, body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
