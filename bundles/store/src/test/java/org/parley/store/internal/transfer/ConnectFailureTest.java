package org.parley.store.internal.transfer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.ConnectException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class ConnectFailureTest {

    @Test
    void aRefusedConnectionNamesTheEndpoint() {
        SQLException failure = new SQLException("Connection to 10.0.0.5:5432 refused.", "08001",
                new ConnectException("Connection refused"));
        assertEquals("connection refused at 10.0.0.5:5432", ConnectFailure.reason(failure, "10.0.0.5:5432"));
    }

    @Test
    void theServersReasonLosesItsSeverity() {
        SQLException failure = new SQLException("FATAL: password authentication failed for user \"parley\"");
        assertEquals("password authentication failed for user \"parley\"", ConnectFailure.reason(failure, "h:1"));
    }
}
