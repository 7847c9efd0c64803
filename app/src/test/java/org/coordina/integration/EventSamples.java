package org.coordina.integration;

import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonCreator;
import org.coordina.sharedkernel.domain.ModuleEvent;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.util.ClassUtils;

/**
 * Finds every event record on the class path and makes a sample of any of them from its components' types alone,
 * so that the catalogue and the Kafka tests cover event types nobody listed (those of modules added later).
 */
final class EventSamples {

    static final String ROOT = "org.coordina";

    /** Texts tried, in order, for a value type made from one string (a commission code, a party…). */
    private static final List<String> TEXTS = List.of("VAR", "national", "Q1");

    /**
     * Numbers tried, in order, for every number of a record whose constructor checks its values: a small count, a
     * quarter or month, a year.
     */
    private static final List<Integer> NUMBERS = List.of(2, 1, 2026);

    private EventSamples() {
    }

    /** Every record implementing ModuleEvent in a module's events package, by name. */
    static List<Class<? extends ModuleEvent>> eventTypes() {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AssignableTypeFilter(ModuleEvent.class));
        List<Class<? extends ModuleEvent>> types = new ArrayList<>();
        for (var candidate : scanner.findCandidateComponents(ROOT)) {
            Class<?> type = ClassUtils.resolveClassName(candidate.getBeanClassName(), EventSamples.class.getClassLoader());
            if (type.isRecord() && type.getPackageName().endsWith(".events") && type.getEnclosingClass() == null
                    && !type.getPackageName().startsWith(ROOT + ".sample")) {
                types.add(type.asSubclass(ModuleEvent.class));
            }
        }
        types.sort(Comparator.comparing(Class::getName));
        return types;
    }

    /** The event types integrators receive. */
    static List<Class<? extends ModuleEvent>> externalizedTypes() {
        return eventTypes().stream().filter(type -> sample(type).externalized()).toList();
    }

    /** A sample event with a fresh id and every component filled. */
    static <T> T sample(Class<T> type) {
        return type.cast(value(type, type, NUMBERS.get(0)));
    }

    /** The CloudEvents type of an event record, as docs/integrators.md defines it. */
    static String cloudEventsType(Class<?> type) {
        return ROOT + "." + module(type) + "." + name(type) + ".v" + version(type);
    }

    static String module(Class<?> type) {
        String modulePackage = type.getPackageName().substring(0, type.getPackageName().length() - ".events".length());
        return modulePackage.substring(modulePackage.lastIndexOf('.') + 1);
    }

    static String name(Class<?> type) {
        return version(type) > 1 ? type.getSimpleName().replaceFirst("V\\d+$", "") : type.getSimpleName();
    }

    static int version(Class<?> type) {
        var matcher = java.util.regex.Pattern.compile(".+?V(\\d+)").matcher(type.getSimpleName());
        return matcher.matches() && Integer.parseInt(matcher.group(1)) > 1 ? Integer.parseInt(matcher.group(1)) : 1;
    }

    private static Object value(Class<?> raw, Type generic, int number) {
        if (raw == String.class) {
            // Short: the other modules' listeners receive the samples too and keep some strings in short columns.
            return "Q1";
        }
        if (raw == UUID.class) {
            return UUID.randomUUID();
        }
        if (raw == Instant.class) {
            return Instant.parse("2026-11-29T08:00:00.123Z");
        }
        if (raw == LocalDate.class) {
            return LocalDate.of(2026, 11, 29);
        }
        if (raw == LocalDateTime.class) {
            return LocalDateTime.of(2026, 11, 29, 10, 30);
        }
        if (raw == LocalTime.class) {
            return LocalTime.of(10, 30);
        }
        if (raw == OffsetDateTime.class) {
            return OffsetDateTime.of(2026, 11, 29, 10, 30, 0, 0, ZoneOffset.UTC);
        }
        if (raw == int.class || raw == Integer.class) {
            return number;
        }
        if (raw == long.class || raw == Long.class) {
            return (long) number;
        }
        if (raw == short.class || raw == Short.class) {
            return (short) number;
        }
        if (raw == double.class || raw == Double.class) {
            return 1.5d;
        }
        if (raw == float.class || raw == Float.class) {
            return 1.5f;
        }
        if (raw == boolean.class || raw == Boolean.class) {
            return true;
        }
        if (raw == BigDecimal.class) {
            return new BigDecimal("12.50");
        }
        if (raw.isEnum()) {
            return raw.getEnumConstants()[0];
        }
        if (Collection.class.isAssignableFrom(raw)) {
            Object element = argument(generic, 0, number);
            return Set.class.isAssignableFrom(raw) ? new LinkedHashSet<>(List.of(element)) : List.of(element);
        }
        if (Map.class.isAssignableFrom(raw)) {
            Map<Object, Object> map = new LinkedHashMap<>();
            map.put(argument(generic, 0, number), argument(generic, 1, number));
            return map;
        }
        if (raw == Optional.class) {
            return Optional.of(argument(generic, 0, number));
        }
        if (raw.isRecord()) {
            Object fromText = fromText(raw);
            return fromText != null ? fromText : record(raw, number);
        }
        throw new IllegalStateException("No sample for " + generic.getTypeName() + ": teach EventSamples this type");
    }

    private static Object argument(Type generic, int index, int number) {
        Type argument = ((ParameterizedType) generic).getActualTypeArguments()[index];
        Class<?> raw = argument instanceof ParameterizedType parameterized ? (Class<?>) parameterized.getRawType()
                : (Class<?>) argument;
        return value(raw, argument, number);
    }

    /** A record from its canonical constructor; when it refuses the values, again with the next numbers. */
    private static Object record(Class<?> type, int preferred) {
        RecordComponent[] components = type.getRecordComponents();
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
        }
        List<Integer> numbers = new ArrayList<>(List.of(preferred));
        NUMBERS.stream().filter(number -> number != preferred).forEach(numbers::add);
        ReflectiveOperationException refused = null;
        for (int number : numbers) {
            Object[] values = new Object[components.length];
            for (int i = 0; i < components.length; i++) {
                values[i] = value(components[i].getType(), components[i].getGenericType(), number);
            }
            try {
                Constructor<?> constructor = type.getDeclaredConstructor(types);
                constructor.setAccessible(true);
                return constructor.newInstance(values);
            } catch (ReflectiveOperationException e) {
                refused = e;
            }
        }
        throw new IllegalStateException("Cannot make a sample of " + type.getName(), refused);
    }

    /** A value record made from one string by its {@code @JsonCreator} factory (CommissionCode, Party). */
    private static Object fromText(Class<?> type) {
        for (Method method : type.getDeclaredMethods()) {
            if (Modifier.isStatic(method.getModifiers()) && method.isAnnotationPresent(JsonCreator.class)
                    && method.getParameterCount() == 1 && method.getParameterTypes()[0] == String.class) {
                for (String text : TEXTS) {
                    try {
                        return method.invoke(null, text);
                    } catch (ReflectiveOperationException | RuntimeException refused) {
                        // not this text: try the next
                    }
                }
            }
        }
        return null;
    }
}
