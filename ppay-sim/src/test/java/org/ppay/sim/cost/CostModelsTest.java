package org.ppay.sim.cost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.ppay.core.cost.CostAction;

class CostModelsTest {
    private static Properties paperEraProperties() {
        Properties p = new Properties();
        for (CostAction a : CostModels.PRICED) p.setProperty("cycles." + a.name(), "10");
        p.setProperty("headerBytes", "28");
        p.setProperty("signatureBytes", "128");
        p.setProperty("keyBytes", "20");
        return p;
    }

    @Test
    void the_paper_era_model_prices_every_action_that_has_a_cost_and_nothing_else() {
        CostModel m = CostModels.paperEra();
        assertThat(m.name()).isEqualTo(CostModels.PAPER_ERA);
        assertThat(m.cycles().keySet()).containsExactlyInAnyOrderElementsOf(CostModels.PRICED);
        assertThat(m.cycles().values()).allSatisfy(c -> assertThat(c).isPositive().isFinite());
    }

    @Test
    void stored_and_purged_proofs_cost_no_cycles_because_they_measure_state_not_load() {
        CostModel m = CostModels.paperEra();
        assertThat(CostModels.PRICED).doesNotContain(CostAction.PROOF_STORED, CostAction.PROOF_PURGED);
        assertThat(m.cyclesOf(CostAction.PROOF_STORED)).isZero();
        assertThat(m.cyclesOf(CostAction.PROOF_PURGED)).isZero();
        // also unpriced: the signatures and identities carried, which only rescale message sizes (cost-model §5)
        assertThat(EnumSet.complementOf(EnumSet.copyOf(CostModels.PRICED)))
            .containsExactlyInAnyOrder(CostAction.PROOF_STORED, CostAction.PROOF_PURGED,
                CostAction.SIGNATURES_SENT, CostAction.SIGNATURES_RECEIVED, CostAction.IDENTITIES_SENT, CostAction.IDENTITIES_RECEIVED);
        for (CostAction a : EnumSet.complementOf(EnumSet.copyOf(CostModels.PRICED))) assertThat(m.cyclesOf(a)).as(a.name()).isZero();
    }

    @Test
    void an_rsa_signature_costs_more_than_its_verification_with_a_small_public_exponent() {
        CostModel m = CostModels.paperEra();
        assertThat(m.cyclesOf(CostAction.SIGN)).isGreaterThan(m.cyclesOf(CostAction.VERIFY));
        assertThat(m.cyclesOf(CostAction.VERIFY)).isGreaterThan(m.cyclesOf(CostAction.HASH));
    }

    @Test
    void the_paper_era_sizes_are_a_udp_ipv4_header_an_rsa_1024_signature_and_a_sha1_identity() {
        CostModel m = CostModels.paperEra();
        assertThat(m.headerBytes()).isEqualTo(20 + 8);
        assertThat(m.signatureBytes()).isEqualTo(1024 / 8);
        assertThat(m.keyBytes()).isEqualTo(160 / 8);
    }

    @Test
    void a_model_missing_a_priced_action_is_refused() {
        Properties p = paperEraProperties();
        p.remove("cycles.HASH");
        assertThatThrownBy(() -> CostModels.fromProperties("broken", p))
            .isInstanceOf(IllegalStateException.class).hasMessageContaining("HASH");
    }

    @Test
    void a_misspelt_key_or_a_non_positive_value_is_refused_rather_than_priced_at_zero() {
        Properties typo = paperEraProperties();
        typo.setProperty("cycles.SIGNN", "5");
        assertThatThrownBy(() -> CostModels.fromProperties("typo", typo)).isInstanceOf(IllegalStateException.class);

        Properties zero = paperEraProperties();
        zero.setProperty("cycles.VERIFY", "0");
        assertThatThrownBy(() -> CostModels.fromProperties("zero", zero)).isInstanceOf(IllegalStateException.class);

        Properties stray = paperEraProperties();
        stray.setProperty("headerByte", "28");
        assertThatThrownBy(() -> CostModels.fromProperties("stray", stray)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void the_measured_model_gives_positive_finite_cycles_with_our_encodings_sizes() {
        CostModel m = CostModels.measured(200);
        assertThat(m.name()).startsWith(CostModels.MEASURED);
        assertThat(m.cycles().keySet()).containsExactlyInAnyOrderElementsOf(CostModels.PRICED);
        assertThat(m.cycles().values()).allSatisfy(c -> assertThat(c).isPositive().isFinite());
        assertThat(m.signatureBytes()).isEqualTo(64);
        assertThat(m.keyBytes()).isEqualTo(32);
    }

    @Test
    void the_measured_model_keeps_the_paper_era_message_and_byte_costs() {
        CostModel measured = CostModels.measured(30);
        CostModel era = CostModels.paperEra();
        for (CostAction a : EnumSet.of(CostAction.MESSAGE_SENT, CostAction.BYTES_SENT, CostAction.MESSAGE_RECEIVED, CostAction.BYTES_RECEIVED)) {
            assertThat(measured.cyclesOf(a)).as(a.name()).isEqualTo(era.cyclesOf(a));
        }
        assertThat(measured.headerBytes()).isEqualTo(era.headerBytes());
    }

    @Test
    void the_clock_is_the_highest_cpu_mhz_line_and_malformed_lines_are_skipped() {
        List<String> cpuinfo = List.of(
            "processor\t: 0", "cpu MHz\t\t: 1200.000", "processor\t: 1", "cpu MHz\t\t: 2596.138", "cpu MHz\t\t: fast", "cpu MHz");
        assertThat(CostModels.cpuMhz(cpuinfo)).hasValue(2596.138);
    }

    @Test
    void without_a_cpu_mhz_line_there_is_no_clock_so_the_nominal_one_is_used() {
        assertThat(CostModels.cpuMhz(List.of("processor\t: 0", "model name\t: Apple M2"))).isEmpty();
        CostModels.Clock clock = CostModels.machineClock();
        if (!clock.fromCpuinfo()) assertThat(clock.hz()).isEqualTo(CostModels.NOMINAL_HZ);
        assertThat(clock.hz()).isPositive().isFinite();
    }
}
