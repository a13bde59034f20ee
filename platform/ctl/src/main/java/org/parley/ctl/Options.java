package org.parley.ctl;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A command's arguments: {@code --flag}s, {@code --name VALUE} (or {@code --name=VALUE}) options and the words
 * between them. An option the command does not know is a usage error, never ignored.
 */
final class Options {

    private final Set<String> flags = new HashSet<>();
    private final Map<String, String> values = new HashMap<>();
    private final List<String> words = new ArrayList<>();

    private Options() {
    }

    static Options parse(List<String> arguments, Set<String> knownFlags, Set<String> knownValues)
            throws UsageException {
        Options options = new Options();
        for (int i = 0; i < arguments.size(); i++) {
            String argument = arguments.get(i);
            if (!argument.startsWith("--")) {
                options.words.add(argument);
                continue;
            }
            int equals = argument.indexOf('=');
            String name = equals < 0 ? argument.substring(2) : argument.substring(2, equals);
            if (knownFlags.contains(name) && equals < 0) {
                options.flags.add(name);
            } else if (knownValues.contains(name)) {
                if (equals < 0 && i + 1 >= arguments.size()) {
                    throw new UsageException("--" + name + " needs a value");
                }
                options.values.put(name, equals < 0 ? arguments.get(++i) : argument.substring(equals + 1));
            } else {
                throw new UsageException("unknown option " + argument);
            }
        }
        return options;
    }

    boolean flag(String name) {
        return flags.contains(name);
    }

    /** A whole number option, or {@code fallback}; at least {@code min}. */
    int number(String name, int fallback, int min) throws UsageException {
        String value = values.get(name);
        if (value == null) {
            return fallback;
        }
        try {
            int number = Integer.parseInt(value);
            if (number < min) {
                throw new NumberFormatException();
            }
            return number;
        } catch (NumberFormatException e) {
            throw new UsageException("--" + name + " takes a whole number of at least " + min + ", not '" + value
                    + "'");
        }
    }

    List<String> words() {
        return words;
    }

    /** Fails when there are more words than the command takes. */
    Options atMost(int count) throws UsageException {
        if (words.size() > count) {
            throw new UsageException("unexpected '" + words.get(count) + "'");
        }
        return this;
    }
}
