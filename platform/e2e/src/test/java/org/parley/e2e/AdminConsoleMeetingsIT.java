package org.parley.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The Meetings page of the admin console with a real live meeting (a host, a member and a guest on signaling): the
 * admin, who is not in it, finds it live, opens its roster with each participant's connection quality, removes the
 * guest after confirming (whose socket closes as after a host's removal), ends the meeting after confirming (the
 * others' sockets close as ended), and the page then lists it no more. Both actions are on the trail as the admin's.
 */
class AdminConsoleMeetingsIT extends MeetingTestSupport {

    @Test
    void theAdminRemovesAParticipantAndEndsALiveMeetingFromTheMeetingsPage(Appliance parley) {
        String admin = "console-meetings-" + UUID.randomUUID().toString().substring(0, 8);
        String oneTime = Accounts.expect(201, parley.admin().post("/api/v1/users", "{\"username\": "
                + Session.quote(admin) + ", \"roles\": [\"admin\"]}")).json().path("oneTimePassword").asText();
        try (AdminConsoleBrowser browser = new AdminConsoleBrowser(parley)) {
            AdminConsoleIT.firstSignIn(parley, browser, admin, oneTime);
            try (LiveRoom room = LiveRoom.open(parley, people)) {
                browser.navigate("meetings", "Meetings");
                By row = By.cssSelector("[data-testid='live-row'][data-id='" + room.meeting + "']");
                browser.chromium().await(ExpectedConditions.visibilityOfElementLocated(row))
                        .findElement(AdminConsoleBrowser.testId("meeting-roster")).click();
                By rosterRows = AdminConsoleBrowser.testId("roster-row");
                browser.chromium().await(ExpectedConditions.numberOfElementsToBe(rosterRows, 3));
                assertEquals(3, browser.chromium().driver().findElements(AdminConsoleBrowser.testId("quality")).size(),
                        "each participant's connection quality is shown");
                browser.check("13-meetings-roster");

                browser.chromium().driver().findElement(By.cssSelector("[data-testid='roster-row'][data-participant='"
                        + room.guest.id() + "'] [data-testid='participant-remove']")).click();
                browser.byTestId("confirm-yes").click();
                room.guest.signal().closedWith(4002, "removed from the meeting by a host");
                browser.chromium().await(ExpectedConditions.numberOfElementsToBe(rosterRows, 2));

                browser.chromium().driver().findElement(row).findElement(AdminConsoleBrowser.testId("meeting-end"))
                        .click();
                browser.byTestId("confirm-yes").click();
                room.host.signal().closedWith(4001, "the meeting was ended by a host");
                room.member.signal().closedWith(4001, "the meeting was ended by a host");
                browser.chromium().await(ExpectedConditions.invisibilityOfElementLocated(row));
                for (String action : List.of("meeting.remove", "meeting.end")) {
                    JsonNode record = Accounts.audit(parley, action, room.meeting).get(0);
                    assertEquals(admin, record.path("actor").asText(), record::toString);
                }
            }
            assertEquals(List.of(), browser.consoleErrors(), "console errors");
        }
    }
}
