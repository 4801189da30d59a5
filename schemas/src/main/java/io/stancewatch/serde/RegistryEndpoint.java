package io.stancewatch.serde;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * One registry base URL, split into the address requests go to (user-info removed, path prefix kept, no
 * trailing slash) and the basic-auth header, if any. A path prefix matters for registries that serve the
 * Confluent API below a path, such as Apicurio's {@code /apis/ccompat/v7}.
 */
final class RegistryEndpoint {

    private final String baseUrl;
    private final Optional<String> authorization;

    private RegistryEndpoint(final String baseUrl, final Optional<String> authorization) {
        this.baseUrl = baseUrl;
        this.authorization = authorization;
    }

    /**
     * The endpoint of {@code url}, authenticating with {@code userInfo} ({@code user:password}) if present,
     * else with the URL's own user-info when {@code credentialsFromUrl}.
     */
    static RegistryEndpoint of(final String url, final Optional<String> userInfo,
                               final boolean credentialsFromUrl) {
        final URI uri = URI.create(url.trim());
        final StringBuilder base = new StringBuilder(uri.getScheme()).append("://").append(uri.getHost());
        if (uri.getPort() >= 0) {
            base.append(':').append(uri.getPort());
        }
        if (uri.getRawPath() != null) {
            base.append(uri.getRawPath());
        }
        while (base.charAt(base.length() - 1) == '/') {
            base.setLength(base.length() - 1);
        }
        final Optional<String> credentials = userInfo.isPresent()
                ? userInfo
                : credentialsFromUrl ? Optional.ofNullable(uri.getRawUserInfo()).map(RegistryEndpoint::decode)
                : Optional.empty();
        return new RegistryEndpoint(base.toString(), credentials.map(RegistryEndpoint::basicAuthHeader));
    }

    /** The full address of {@code path}, which starts with a slash and has its segments encoded. */
    URI resolve(final String path) {
        return URI.create(baseUrl + path);
    }

    /** The base URL without credentials, safe to name in messages. */
    String baseUrl() {
        return baseUrl;
    }

    /** The value of the {@code Authorization} header, if credentials are configured. */
    Optional<String> authorization() {
        return authorization;
    }

    private static String decode(final String rawUserInfo) {
        return URLDecoder.decode(rawUserInfo.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    private static String basicAuthHeader(final String userInfo) {
        return "Basic " + Base64.getEncoder().encodeToString(userInfo.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public String toString() {
        return baseUrl;
    }
}
