/**
 * The SFU as other bundles use it: the meetings bundle opens one {@link org.parley.media.api.MediaLeg} per admitted
 * participant, relays the server's SDP offers to the browser and the browser's answers back, and tells the leg
 * which of the participant's tracks may be forwarded (host controls act here, on the server). The media bundle
 * owns ports, ICE, DTLS-SRTP and routing; callers see SDP text, track switches, speakers and statistics only.
 */
@Export
@Version("1.0.0")
package org.parley.media.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
