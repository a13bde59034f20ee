package org.parley.e2e;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The authorization matrix: every live route (from the OpenAPI document) called as anonymous, guest, member, host,
 * auditor and admin, compared with the reviewed {@code route-permissions.csv}. A route missing from the file, a row
 * for a route that no longer exists, or any different answer fails. Pages, servlets and WebSocket upgrades are not
 * in the OpenAPI document, so the file's rows outside {@code /api/} are their list: each is called too (a GET, or
 * for {@code /ws} a WebSocket handshake from the appliance's own origin), and one that is gone answers 404. Boots its own appliance (it creates users).
 * With {@code -Dparley.routes.record=FILE} it also writes what it saw, for review.
 */
class RoutePermissionsIT {

    /** The signaling endpoint, called with a WebSocket handshake rather than a plain request. */
    static final String WEBSOCKET = "/ws";

    static final List<String> ROLES = List.of("anonymous", "guest", "member", "host", "auditor", "admin");

    @Test
    void everyRouteAnswersEveryRoleAsTheReviewedFileSaysOnDerby() throws Exception {
        checkMatrix(Map.of());
    }

    @Test
    void everyRouteAnswersEveryRoleAsTheReviewedFileSaysOnPostgresql() throws Exception {
        try (PostgresDatabase database = new PostgresDatabase()) {
            checkMatrix(Map.of("org.parley.store.Database.cfg", database.settingsFile(PostgresDatabase.PORT)));
        }
    }

    private static void checkMatrix(Map<String, String> settingsFiles) throws Exception {
        Map<String, Map<String, String>> expected = RouteTable.read(Path.of(System.getProperty("parley.routes")));
        try (Appliance parley = Appliance.boot(settingsFiles)) {
            Map<String, Api> callers = callers(parley);
            TreeSet<String> live = liveRoutes(parley.admin());
            expected.keySet().stream().filter(route -> !route.contains(" /api/")).forEach(live::add);
            Map<String, Map<String, String>> actual = new LinkedHashMap<>();
            for (String route : live) {
                Map<String, String> answers = new LinkedHashMap<>();
                for (String role : ROLES) {
                    answers.put(role, String.valueOf(call(parley, callers, role, route)));
                }
                actual.put(route, answers);
            }
            String record = System.getProperty("parley.routes.record");
            if (record != null && !record.isBlank()) {
                Files.writeString(Path.of(record), RouteTable.write(actual));
            }
            List<String> problems = RouteTable.compare(expected, actual);
            assertTrue(problems.isEmpty(), "the authorization matrix differs from route-permissions.csv:\n"
                    + String.join("\n", problems));
        }
    }

    private static Map<String, Api> callers(Appliance parley) {
        Map<String, Api> callers = new LinkedHashMap<>();
        callers.put("anonymous", parley.api());
        callers.put("guest", parley.api());
        for (String role : List.of("member", "host", "auditor")) {
            callers.put(role, Accounts.signIn(parley, Accounts.create(parley, role + "-matrix", role)));
        }
        callers.put("admin", parley.admin());
        return callers;
    }

    private static TreeSet<String> liveRoutes(Api admin) {
        TreeSet<String> routes = new TreeSet<>();
        JsonNode paths = Accounts.expect(200, admin.get("/api/v1/openapi.json")).json().path("paths");
        for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> path = it.next();
            path.getValue().fieldNames().forEachRemaining(method -> routes.add(method.toUpperCase() + " /api/v1"
                    + path.getKey()));
        }
        return routes;
    }

    /** One call; routes that end sessions get a session of their own so the role's main one survives. */
    private static int call(Appliance parley, Map<String, Api> callers, String role, String route) {
        String method = route.substring(0, route.indexOf(' '));
        String path = route.substring(route.indexOf(' ') + 1).replaceAll("\\{[^}]+}", "x");
        Api caller = callers.get(role);
        boolean endsSessions = path.contains("sign-out");
        if (endsSessions && !role.equals("anonymous") && !role.equals("guest")) {
            caller = Accounts.signIn(parley, Accounts.remembered(parley, role));
        }
        if (path.equals(WEBSOCKET)) {
            return caller.upgradeStatus(path);
        }
        boolean withBody = List.of("POST", "PUT", "PATCH").contains(method);
        int status = caller.send(path, method, withBody ? "{}" : null, withBody ? "application/json" : null).status();
        if (path.contains("sign-out-everywhere") && callers.containsKey(role) && !role.equals("anonymous")
                && !role.equals("guest")) {
            callers.put(role, Accounts.signIn(parley, Accounts.remembered(parley, role)));
        }
        return status;
    }

    /** The route table as CSV: {@code method,path,anonymous,guest,member,host,auditor,admin}. */
    static final class RouteTable {

        static final String HEADER = "method,path," + String.join(",", ROLES);

        private RouteTable() {
        }

        static Map<String, Map<String, String>> read(Path file) throws Exception {
            Map<String, Map<String, String>> table = new LinkedHashMap<>();
            List<String> lines = Files.readAllLines(file);
            if (lines.isEmpty() || !lines.get(0).equals(HEADER)) {
                throw new AssertionError(file + " must start with the header " + HEADER);
            }
            for (String line : lines.subList(1, lines.size())) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split(",");
                Map<String, String> answers = new LinkedHashMap<>();
                for (int i = 0; i < ROLES.size(); i++) {
                    answers.put(ROLES.get(i), cells[i + 2].trim());
                }
                table.put(cells[0].trim() + " " + cells[1].trim(), answers);
            }
            return table;
        }

        static String write(Map<String, Map<String, String>> table) {
            StringBuilder out = new StringBuilder(HEADER).append('\n');
            table.forEach((route, answers) -> out.append(route.replaceFirst(" ", ",")).append(',')
                    .append(String.join(",", answers.values())).append('\n'));
            return out.toString();
        }

        static List<String> compare(Map<String, Map<String, String>> expected, Map<String, Map<String, String>> actual) {
            List<String> problems = new ArrayList<>();
            actual.forEach((route, answers) -> {
                Map<String, String> want = expected.get(route);
                if (want == null) {
                    problems.add(route + ": live, but not in route-permissions.csv (answers " + answers.values() + ")");
                    return;
                }
                for (String role : ROLES) {
                    if (!want.get(role).equals(answers.get(role))) {
                        problems.add(route + " as " + role + ": expected " + want.get(role) + ", got "
                                + answers.get(role));
                    }
                }
            });
            expected.keySet().stream().filter(route -> !actual.containsKey(route))
                    .forEach(route -> problems.add(route + ": in route-permissions.csv, but no such live route"));
            return problems;
        }
    }
}
