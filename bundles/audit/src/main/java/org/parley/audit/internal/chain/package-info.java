/**
 * The hash chain itself, free of JDBC and OSGi: the canonical encoding and SHA-256 of a record, secret masking,
 * Ed25519 checkpoint signing, and the verifier that names the first record at fault.
 */
package org.parley.audit.internal.chain;
