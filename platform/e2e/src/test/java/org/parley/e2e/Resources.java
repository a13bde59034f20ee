package org.parley.e2e;

/** Closing what a test class opened in its {@code @BeforeAll}, some of which may never have been made. */
final class Resources {

    private Resources() {
    }

    /**
     * Closes each resource in order, skipping those never made ({@code null}); every one is closed even when an
     * earlier one fails, and the first failure is thrown afterwards with the others suppressed.
     */
    static void closeAll(AutoCloseable... resources) throws Exception {
        Exception first = null;
        for (AutoCloseable resource : resources) {
            try {
                if (resource != null) {
                    resource.close();
                }
            } catch (Exception e) {
                if (first == null) {
                    first = e;
                } else {
                    first.addSuppressed(e);
                }
            }
        }
        if (first != null) {
            throw first;
        }
    }
}
