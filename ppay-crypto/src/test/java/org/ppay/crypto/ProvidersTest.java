package org.ppay.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.ppay.core.crypto.JdkEd25519;

class ProvidersTest {
    @Test
    void theDefaultIsBouncyCastle() {
        assertThat(Providers.byName(Providers.DEFAULT)).isInstanceOf(BcEd25519.class);
        assertThat(Providers.NAMES).first().isEqualTo(Providers.DEFAULT);
    }

    @Test
    void everyListedNameGivesTheProviderOfThatName() {
        assertThat(Providers.byName("jdk-ed25519")).isInstanceOf(JdkEd25519.class);
        assertThat(Providers.byName("counting-fake")).isInstanceOf(CountingCrypto.class);
        for (String name : Providers.NAMES) assertThat(Providers.byName(name).name()).isEqualTo(name);
    }

    @Test
    void anUnknownNameIsRefusedWithTheValidNames() {
        assertThatThrownBy(() -> Providers.byName("rsa"))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("rsa")
            .hasMessageContaining("bc-ed25519, jdk-ed25519, counting-fake");
        assertThatThrownBy(() -> Providers.byName(null)).isInstanceOf(IllegalArgumentException.class);
    }
}
