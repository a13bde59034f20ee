package org.parley.store.internal.settings;

import java.nio.file.Path;
import java.util.Objects;

/**
 * The validated settings of PID {@code org.parley.store.Database}, with the password already read from its
 * secret file when one is used. {@link #toString()} never shows the password.
 *
 * @param url empty for embedded Derby, else a {@code jdbc:postgresql://} URL
 * @param endpoint {@code host:port} of PostgreSQL (empty for Derby), for messages a person reads
 * @param user database user (PostgreSQL only)
 * @param password database password, empty when none (PostgreSQL only)
 * @param sslMode how the connection to PostgreSQL is protected
 * @param sslRootCert CA certificate file for {@link SslMode#VERIFY_FULL}, or {@code null}
 * @param poolSize the most connections the pool keeps
 * @param connectTimeoutSeconds how long opening or borrowing a connection may take
 */
public record DatabaseSettings(String url, String endpoint, String user, String password, SslMode sslMode,
        Path sslRootCert, int poolSize, int connectTimeoutSeconds) {

    public static final String URL = "url";
    public static final String USER = "user";
    public static final String PASSWORD = "password";
    public static final String PASSWORD_FILE = "passwordFile";
    public static final String SSL_MODE = "sslMode";
    public static final String SSL_ROOT_CERT = "sslRootCert";
    public static final String POOL_SIZE = "poolSize";
    public static final String CONNECT_TIMEOUT_SECONDS = "connectTimeoutSeconds";

    public static final String DEFAULT_SSL_MODE = "require";
    public static final int DEFAULT_POOL_SIZE = 10;
    public static final int DEFAULT_CONNECT_TIMEOUT_SECONDS = 5;
    public static final int MAX_POOL_SIZE = 200;
    public static final int MAX_CONNECT_TIMEOUT_SECONDS = 300;

    public DatabaseSettings {
        Objects.requireNonNull(url, URL);
        Objects.requireNonNull(endpoint, "endpoint");
        Objects.requireNonNull(user, USER);
        Objects.requireNonNull(password, PASSWORD);
        Objects.requireNonNull(sslMode, SSL_MODE);
    }

    /** Settings for a PostgreSQL reached without TLS (tests on loopback). */
    public static DatabaseSettings plainPostgres(String url, String user, String password) {
        String endpoint = PostgresUrl.parse(url).map(PostgresUrl::endpoint).orElse(url);
        return new DatabaseSettings(url, endpoint, user, password == null ? "" : password, SslMode.DISABLE, null,
                4, DEFAULT_CONNECT_TIMEOUT_SECONDS);
    }

    /** Whether this is the embedded Derby database (no URL). */
    public boolean embedded() {
        return url.isEmpty();
    }

    @Override
    public String toString() {
        return "DatabaseSettings[url=" + url + ", user=" + user + ", password=" + (password.isEmpty() ? "" : "***")
                + ", sslMode=" + sslMode.libpqName() + ", sslRootCert=" + sslRootCert + ", poolSize=" + poolSize
                + ", connectTimeoutSeconds=" + connectTimeoutSeconds + "]";
    }
}
