package org.ppay.cli;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.ppay.core.Params;
import org.ppay.core.role.ProofRetention;
import org.ppay.core.role.Scheme;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * A converter that can also spell a value the way it reads it, so a default taken from a record prints in
 * help as the user would type it ({@code ppay-star}, {@code inf}) and parses back to the same value.
 */
interface Spelling<T> extends ITypeConverter<T> {
    String spell(T value);

    /** Enum constants as lower-case words joined by hyphens: {@code PPAY_STAR} is {@code ppay-star}. */
    abstract class KebabEnum<E extends Enum<E>> implements Spelling<E> {
        private final Class<E> type;

        KebabEnum(Class<E> type) { this.type = type; }

        @Override public E convert(String v) {
            try {
                return Enum.valueOf(type, v.toUpperCase(Locale.ROOT).replace('-', '_'));
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException("'" + v + "' is not one of " + names());
            }
        }

        @Override public String spell(E value) { return value.name().toLowerCase(Locale.ROOT).replace('_', '-'); }

        String names() { return Arrays.stream(type.getEnumConstants()).map(this::spell).collect(Collectors.joining(", ")); }
    }

    final class SchemeName extends KebabEnum<Scheme> {
        SchemeName() { super(Scheme.class); }
    }

    final class WindowType extends KebabEnum<Params.CreditWindowType> {
        WindowType() { super(Params.CreditWindowType.class); }
    }

    final class EngineName extends KebabEnum<org.ppay.sim.engine.Engine> {
        EngineName() { super(org.ppay.sim.engine.Engine.class); }
    }

    final class Retention extends KebabEnum<ProofRetention> {
        Retention() { super(ProofRetention.class); }
    }

    /** NetLossCap v: {@code inf} (no cap, {@link Long#MAX_VALUE}) or a number. */
    final class Cap implements Spelling<Long> {
        @Override public Long convert(String v) { return v.equals("inf") ? Long.MAX_VALUE : Long.parseLong(v); }

        @Override public String spell(Long value) { return value == Long.MAX_VALUE ? "inf" : value.toString(); }
    }
}
