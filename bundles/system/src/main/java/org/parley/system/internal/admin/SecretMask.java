package org.parley.system.internal.admin;

import java.util.Map;
import java.util.TreeMap;
import org.parley.audit.api.SecretNames;

/**
 * The arguments of a call as the audit trail keeps them: any argument whose name {@link SecretNames looks secret}
 * (password, passphrase, secret, a key) is replaced by {@value SecretNames#MASK}, so a value typed on the command
 * line never reaches the trail.
 */
final class SecretMask {

    private SecretMask() {
    }

    static Map<String, String> masked(Map<String, String> arguments) {
        Map<String, String> shown = new TreeMap<>();
        arguments.forEach((name, value) ->
                shown.put("argument." + name, SecretNames.looksSecret(name) ? SecretNames.MASK : value));
        return shown;
    }
}
