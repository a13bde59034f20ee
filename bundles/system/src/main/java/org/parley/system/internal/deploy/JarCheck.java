package org.parley.system.internal.deploy;

/**
 * What a jar in the deploy folder is.
 *
 * @param symbolicName its Bundle-SymbolicName without directives, or null when refused
 * @param version its Bundle-Version (0.0.0 when absent), or null when refused
 * @param sha256 hex SHA-256 of the file's bytes
 * @param fragment whether it is a fragment (installed, never started)
 * @param refusal why it is not an installable bundle, or null when it is
 */
record JarCheck(String symbolicName, String version, String sha256, boolean fragment, String refusal) {

    boolean acceptable() {
        return refusal == null;
    }

    static JarCheck refused(String sha256, String refusal) {
        return new JarCheck(null, null, sha256, false, refusal);
    }
}
