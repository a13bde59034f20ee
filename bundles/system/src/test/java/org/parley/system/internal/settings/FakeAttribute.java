package org.parley.system.internal.settings;

import java.util.Arrays;
import org.osgi.service.metatype.AttributeDefinition;

/** A hand-written Metatype attribute: options are checked by validate, as Felix Metatype does. */
record FakeAttribute(String id, int type, int cardinality, String[] defaults, String[] options)
        implements AttributeDefinition {

    static FakeAttribute of(String id, int type, String... defaults) {
        return new FakeAttribute(id, type, 0, defaults, null);
    }

    @Override
    public String getName() {
        return id + " name";
    }

    @Override
    public String getID() {
        return id;
    }

    @Override
    public String getDescription() {
        return id + " description";
    }

    @Override
    public int getCardinality() {
        return cardinality;
    }

    @Override
    public int getType() {
        return type;
    }

    @Override
    public String[] getOptionValues() {
        return options;
    }

    @Override
    public String[] getOptionLabels() {
        return options;
    }

    @Override
    public String validate(String value) {
        return options == null || Arrays.asList(options).contains(value) ? "" : "not an option";
    }

    @Override
    public String[] getDefaultValue() {
        return defaults;
    }
}
