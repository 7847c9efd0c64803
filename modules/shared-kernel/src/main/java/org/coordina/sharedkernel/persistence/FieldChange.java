package org.coordina.sharedkernel.persistence;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One field of an aggregate that a change set from one value to another; values are kept as their
 * text ({@code null} when absent), so that history stays readable whatever the field's type.
 */
public record FieldChange(String field, String from, String to) {

    /** The fields whose values differ between two snapshots of an aggregate (field name → value), in order. */
    public static List<FieldChange> between(Map<String, ?> before, Map<String, ?> after) {
        var fields = new LinkedHashSet<String>(before.keySet());
        fields.addAll(after.keySet());
        var changes = new ArrayList<FieldChange>();
        for (String field : fields) {
            var from = text(before.get(field));
            var to = text(after.get(field));
            if (!Objects.equals(from, to)) {
                changes.add(new FieldChange(field, from, to));
            }
        }
        return List.copyOf(changes);
    }

    /** Every field of a new aggregate, from nothing to its value (absent values left out). */
    public static List<FieldChange> created(Map<String, ?> after) {
        return between(Map.of(), after);
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
