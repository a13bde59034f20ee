/** The server certificate: made self-signed on first start, or read from the admin's PEM or PKCS#12 files. */
package org.parley.http.internal.tls;
