/**
 * The certificate as an admin manages it over REST ({@code /api/v1/system/tls}): what is served, a key pair and
 * certificate signing request made on the appliance, and the validation that a new certificate passes before it is
 * installed under {@code var/lib/tls} and served.
 */
package org.parley.http.internal.certificate;
