package org.ppay.cli;

import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import picocli.CommandLine.IDefaultValueProvider;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Option defaults read from the records that own them ({@code SimConfig.defaults()}, whose protocol fields start
 * from {@code Params.defaults()}), so no default is written twice: an option whose long name is the kebab-case
 * name of a record component ({@code --cache-size} for {@code cacheSize}) defaults to that component's value,
 * spelled as the option's converter reads it. Options without an entry keep their annotated default.
 */
class OptionDefaults implements IDefaultValueProvider {
    private final Map<String, Object> byOption = new LinkedHashMap<>();

    OptionDefaults(Record... sources) {
        for (Record r : sources) {
            for (RecordComponent c : r.getClass().getRecordComponents()) byOption.put("--" + kebab(c.getName()), value(r, c));
        }
    }

    /** Adds (or replaces) one option's default. */
    final OptionDefaults with(String option, Object value) {
        byOption.put(option, value);
        return this;
    }

    @Override
    public String defaultValue(ArgSpec arg) {
        if (!(arg instanceof OptionSpec o) || !byOption.containsKey(o.longestName())) return null;
        return spell(o, byOption.get(o.longestName()));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    static String spell(OptionSpec o, Object v) {
        if (v instanceof Collection<?> c) return c.stream().map(e -> spell(o, e)).collect(Collectors.joining(String.valueOf(o.splitRegex())));
        ITypeConverter<?>[] converters = o.converters();
        if (converters != null) {
            for (ITypeConverter<?> c : converters) if (c instanceof Spelling s) return s.spell(v);
        }
        if (v instanceof Collection<?> c) return c.stream().map(String::valueOf).collect(Collectors.joining(String.valueOf(o.splitRegex())));
        if (v instanceof Double d) return plain(d);
        return String.valueOf(v);
    }

    /** A number as a user types it: {@code 40}, not {@code 40.0}; {@code 0.25}. */
    static String plain(double d) { return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d); }

    static String kebab(String camel) { return camel.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT); }

    private static Object value(Record r, RecordComponent c) {
        try {
            return c.getAccessor().invoke(r);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + c.getName() + " of " + r.getClass().getSimpleName(), e);
        }
    }
}
