package org.parley.webclient.internal;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.lang.reflect.Proxy;
import java.net.InetAddress;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import org.parley.api.ClientAddress;

/** A request as the front door hands it to a servlet, a response that records what was written, a fake bundle. */
final class FakeHttp {

    static final ClientAddress CLIENT = new ClientAddress(InetAddress.getLoopbackAddress(), true);

    private FakeHttp() {
    }

    static HttpServletRequest request(String method, String servletPath, String pathInfo, String sessionCookie) {
        Cookie[] cookies = sessionCookie == null ? null : new Cookie[] {new Cookie("parley_session", sessionCookie)};
        return (HttpServletRequest) Proxy.newProxyInstance(FakeHttp.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, m, args) -> switch (m.getName()) {
                    case "getMethod" -> method;
                    case "getServletPath" -> servletPath;
                    case "getPathInfo" -> pathInfo;
                    case "getRequestURI" -> servletPath + (pathInfo == null ? "" : pathInfo);
                    case "getAttribute" -> ClientAddress.REQUEST_ATTRIBUTE.equals(args[0]) ? CLIENT : null;
                    case "getCookies" -> cookies;
                    default -> throw new UnsupportedOperationException(m.getName());
                });
    }

    /** The bundle's entries: files written under a temporary folder, by bundle path. */
    static Function<String, URL> bundle(Path folder, Map<String, String> files) throws Exception {
        Map<String, URL> entries = new HashMap<>();
        for (Map.Entry<String, String> file : files.entrySet()) {
            Path path = folder.resolve(file.getKey());
            Files.createDirectories(path.getParent());
            entries.put(file.getKey(), Files.writeString(path, file.getValue()).toUri().toURL());
        }
        return entries::get;
    }

    /** What a servlet wrote. */
    static final class Recorded {
        int status = 200;
        final Map<String, String> headers = new HashMap<>();
        final ByteArrayOutputStream body = new ByteArrayOutputStream();

        String text() {
            return body.toString(StandardCharsets.UTF_8);
        }

        HttpServletResponse response() {
            ServletOutputStream out = new ServletOutputStream() {
                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setWriteListener(WriteListener listener) {
                }

                @Override
                public void write(int b) {
                    body.write(b);
                }
            };
            return (HttpServletResponse) Proxy.newProxyInstance(FakeHttp.class.getClassLoader(),
                    new Class<?>[] {HttpServletResponse.class}, (proxy, m, args) -> switch (m.getName()) {
                        case "setStatus" -> {
                            status = (Integer) args[0];
                            yield null;
                        }
                        case "setHeader" -> headers.put((String) args[0], (String) args[1]);
                        case "getOutputStream" -> out;
                        default -> throw new UnsupportedOperationException(m.getName());
                    });
        }
    }
}
