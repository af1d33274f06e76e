package org.ppay.cli;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.ppay.core.Params;
import org.ppay.core.role.ProofRetention;
import org.ppay.core.role.Scheme;
import picocli.CommandLine.ITypeConverter;

/**
 * A converter that can also spell a value the way it reads it, so a default taken from a record prints in
 * help as the user would type it ({@code ppay-star}, {@code inf}) and parses back to the same value.
 */
interface Spelling<T> extends ITypeConverter<T> {
    String spell(T value);

    /** Enum constants as lower-case words joined by hyphens: {@code PPAY_STAR} is {@code ppay-star}. */
    abstract class KebabEnum<E extends Enum<E>> implements Spelling<E>, Domain {
        private final Class<E> type;

        KebabEnum(Class<E> type) { this.type = type; }

        @Override public E convert(String v) {
            for (E e : type.getEnumConstants()) if (spell(e).equals(v.strip().toLowerCase(Locale.ROOT))) return e;
            throw refuse(v);
        }

        @Override public String spell(E value) { return value.name().toLowerCase(Locale.ROOT).replace('_', '-'); }

        @Override public String describe() {
            return "one of " + Arrays.stream(type.getEnumConstants()).map(this::spell).collect(Collectors.joining(", "));
        }
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

    /** {@code --broker-costs}: paper (Section 7.1's count of the broker's signature work) or protocol (ours, as metered). */
    final class BrokerCostsName extends KebabEnum<org.ppay.sim.BrokerCosts> {
        BrokerCostsName() { super(org.ppay.sim.BrokerCosts.class); }
    }

    /** {@code --caches}: fixed (drawn once) or guess (kept up as GUESS peers do). */
    final class CacheModelName extends KebabEnum<org.ppay.sim.CacheModel> {
        CacheModelName() { super(org.ppay.sim.CacheModel.class); }
    }

    /** {@code --coin-uses}: float (coins float as the scheme lets them) or once (each cashed by its first payee). */
    final class CoinUsesName extends KebabEnum<org.ppay.sim.CoinUses> {
        CoinUsesName() { super(org.ppay.sim.CoinUses.class); }
    }

    final class Retention extends KebabEnum<ProofRetention> {
        Retention() { super(ProofRetention.class); }
    }

    /** NetLossCap v: {@code inf} (no cap, {@link Long#MAX_VALUE}) or a whole number of at least 0. */
    final class Cap implements Spelling<Long>, Domain {
        @Override public Long convert(String v) { return v.strip().equals("inf") ? Long.MAX_VALUE : read(v, Long::valueOf, cap -> cap >= 0); }

        @Override public String spell(Long value) { return value == Long.MAX_VALUE ? "inf" : value.toString(); }

        @Override public String describe() { return "inf or an integer of at least 0"; }
    }
}
