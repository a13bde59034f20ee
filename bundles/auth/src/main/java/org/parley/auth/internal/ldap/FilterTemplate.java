package org.parley.auth.internal.ldap;

import com.unboundid.ldap.sdk.Filter;
import com.unboundid.ldap.sdk.LDAPException;

/**
 * A search filter with a {@code {0}} placeholder, e.g. {@code (&(objectClass=user)(sAMAccountName={0}))}. The
 * value put in is escaped for a filter (RFC 4515: {@code * ( ) \ NUL}), so {@code *)(uid=*} searches for exactly
 * that text and never widens the filter.
 */
record FilterTemplate(String template) {

    static final String PLACEHOLDER = "{0}";

    /**
     * @throws IllegalArgumentException when the placeholder is missing or the filter does not parse
     */
    static FilterTemplate parse(String template) {
        if (!template.contains(PLACEHOLDER)) {
            throw new IllegalArgumentException("must contain " + PLACEHOLDER + " where the value goes");
        }
        FilterTemplate parsed = new FilterTemplate(template);
        parsed.with("x");
        return parsed;
    }

    /** The filter for one value, escaped. */
    Filter with(String value) {
        try {
            return Filter.create(template.replace(PLACEHOLDER, Filter.encodeValue(value)));
        } catch (LDAPException e) {
            throw new IllegalArgumentException("'" + template + "' is not an LDAP filter: " + e.getMessage(),
                    e);
        }
    }
}
