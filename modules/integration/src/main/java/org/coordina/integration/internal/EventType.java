package org.coordina.integration.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What integrators call an event type, derived from the record alone so that a module's new event needs no
 * registration: {@code org.coordina.annualplanning.events.PlanApproved} is type
 * {@code org.coordina.annualplanning.PlanApproved.v1} from source {@code /coordina/annualplanning} on topic
 * {@code coordina.annualplanning.v1}. A breaking change is a new record named with a version suffix
 * ({@code PlanApprovedV2}, type {@code …PlanApproved.v2}).
 *
 * @param root the application's root package ({@code org.coordina})
 * @param module the module's package name ({@code annualplanning})
 * @param name the event's name without version suffix ({@code PlanApproved})
 * @param version the event's major version (1 unless the record's name ends in {@code V<n>})
 */
record EventType(String root, String module, String name, int version) {

    private static final Pattern VERSIONED = Pattern.compile("(.+?)V(\\d+)");

    private static final Pattern PARSED = Pattern.compile("(.+)\\.([^.]+)\\.([^.]+)\\.v(\\d+)");

    private static final String EVENTS = ".events";

    /** The type of an event record of a module's {@code events} package; refuses any other class. */
    static EventType of(Class<?> type) {
        String packageName = type.getPackageName();
        if (!packageName.endsWith(EVENTS) || type.getEnclosingClass() != null) {
            throw new IllegalArgumentException(type.getName() + " is no event record of a module's events package");
        }
        String modulePackage = packageName.substring(0, packageName.length() - EVENTS.length());
        int lastDot = modulePackage.lastIndexOf('.');
        String root = modulePackage.substring(0, Math.max(lastDot, 0));
        String module = modulePackage.substring(lastDot + 1);
        Matcher versioned = VERSIONED.matcher(type.getSimpleName());
        if (versioned.matches() && Integer.parseInt(versioned.group(2)) > 1) {
            return new EventType(root, module, versioned.group(1), Integer.parseInt(versioned.group(2)));
        }
        return new EventType(root, module, type.getSimpleName(), 1);
    }

    /** The type a CloudEvents {@code type} names: the inverse of {@link #type()}. */
    static EventType parse(String type) {
        Matcher parsed = PARSED.matcher(type);
        if (!parsed.matches()) {
            throw new IllegalArgumentException(type + " is no CloudEvents type of a module event");
        }
        return new EventType(parsed.group(1), parsed.group(2), parsed.group(3), Integer.parseInt(parsed.group(4)));
    }

    /** The CloudEvents {@code type}: {@code org.coordina.<module>.<EventName>.v<version>}. */
    String type() {
        return root + "." + module + "." + name + ".v" + version;
    }

    /** The CloudEvents {@code source}: {@code /coordina/<module>}. */
    String source() {
        return "/coordina/" + module;
    }

    /** The Kafka topic of the module's events: {@code coordina.<module>.v1}. */
    String topic() {
        return "coordina." + module + ".v1";
    }
}
