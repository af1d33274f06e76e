package org.ppay.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.ppay.core.Params;
import org.ppay.core.role.Scheme;
import org.ppay.sim.BrokerCosts;
import org.ppay.sim.SimConfig;
import org.ppay.sim.engine.Engine;
import org.ppay.sim.figures.SweepSettings;
import picocli.CommandLine;

/** The command line's defaults are SimConfig's (one source), and help prints them as a user types them. */
class SimulateCommandDefaultsTest {
    /** {@code command} with {@code args} parsed into its fields, not run. */
    static <T> T parsed(T command, String... args) {
        new CommandLine(command).parseArgs(args);
        return command;
    }

    static SimulateCommand parsed(String... args) { return parsed(new SimulateCommand(), args); }

    static FiguresCommand figures(String... args) { return parsed(new FiguresCommand(), args); }

    @Test
    void noFlagsMeansTableOne() {
        assertThat(parsed().config()).isEqualTo(SimConfig.defaults());
    }

    @Test
    void flagsChangeOnlyWhatTheyName() {
        SimConfig c = parsed("--scheme", "ppay-star", "--credit-window-type", "scw", "--max-layers", "0", "--net-loss-cap", "50").config();
        assertThat(c).isEqualTo(SimConfig.defaults().toBuilder().scheme(Scheme.PPAY_STAR).creditWindowType(Params.CreditWindowType.SCW)
            .maxLayers(0).netLossCap(50).build());
    }

    @Test
    void helpPrintsEachDefaultSpelledAsItIsTyped() {
        String help = new CommandLine(new SimulateCommand()).getUsageMessage();
        assertThat(help).contains("(default: 1000)", "(default: ppay)", "(default: inf)", "(default: 0.00926)")
            .containsPattern("\\(default:\\s+payword\\)");
    }

    @Test
    void brokerCostsDefaultToSection71sCountAndProtocolIsTheOption() {
        assertThat(parsed().config().brokerCosts()).isEqualTo(BrokerCosts.PAPER).isEqualTo(SimConfig.defaults().brokerCosts());
        assertThat(parsed("--broker-costs", "protocol").config()).isEqualTo(SimConfig.defaults().toBuilder().brokerCosts(BrokerCosts.PROTOCOL).build());
        assertThat(parsed("--broker-costs", "PAPER").config().brokerCosts()).isEqualTo(BrokerCosts.PAPER);
        assertThat(figures("--out", "x").settings().brokerCosts()).isEqualTo(SimConfig.defaults().brokerCosts());
        assertThat(figures("--out", "x", "--broker-costs", "protocol").settings().brokerCosts()).isEqualTo(BrokerCosts.PROTOCOL);
        assertThat(figures("--out", "x", "--broker-costs", "protocol").settings().base().brokerCosts()).as("every run of the sweep").isEqualTo(BrokerCosts.PROTOCOL);
        for (Object command : new Object[] {new SimulateCommand(), new FiguresCommand()}) {
            assertThat(new CommandLine(command).getUsageMessage()).containsPattern("\\(default:\\s+paper\\)");
        }
    }

    @Test
    void anUnknownSchemeIsRefusedNamingTheValidOnes() {
        InProcess r = InProcess.run(new SimulateCommand(), "--scheme", "pp");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("ppay, ppay-star, rm");
    }

    @Test
    void figuresRunTableOnesNetworkAndSeedByDefault() {
        SweepSettings s = figures("--out", "x").settings();
        assertThat(s.peers()).isEqualTo(SimConfig.defaults().peers());
        assertThat(s.days()).isEqualTo(SimConfig.defaults().days());
        assertThat(s.seed()).isEqualTo(SimConfig.defaults().seed());
    }

    @Test
    void aQuickSweepKeepsItsOwnSizeUnlessPeersOrDaysAreGiven() {
        assertThat(figures("--out", "x", "--quick").settings().peers()).isEqualTo(SweepSettings.QUICK_PEERS);
        assertThat(figures("--out", "x", "--quick").settings().days()).isEqualTo(SweepSettings.QUICK_DAYS);
        assertThat(figures("--out", "x", "--quick", "--peers", "300").settings().peers()).isEqualTo(300);
        assertThat(figures("--out", "x", "--quick", "--peers", "1000").settings().peers()).isEqualTo(1000);
    }

    @Test
    void figuresRunOnTheDefaultEngineAndKeepingProofsMovesThemToTheCore() {
        assertThat(figures("--out", "x").settings().engine()).isEqualTo(Engine.DEFAULT);
        assertThat(figures("--out", "x", "--engine", "core").settings().engine()).isEqualTo(Engine.CORE);
        assertThat(figures("--out", "x", "--proofs", "keep").settings().engine()).isEqualTo(Engine.CORE);
    }

    @Test
    void helpNamesTheDefaultEngineOfEachCommand() {
        assertThat(new CommandLine(new SimulateCommand()).getUsageMessage()).containsPattern("\\(default:\\s+fast");
        assertThat(new CommandLine(new BenchCommand()).getUsageMessage()).containsPattern("\\(default:\\s+fast,core\\)");
    }

    @Test
    void benchRunsBothEnginesUnlessOneIsNamed() {
        assertThat(parsed(new BenchCommand(), "sim").engines).containsExactly(Engine.FAST, Engine.CORE);
        assertThat(parsed(new BenchCommand(), "sim", "--engine", "fast").engines).containsExactly(Engine.FAST);
        assertThat(parsed(new BenchCommand(), "sim", "--engines", "core,fast").engines).containsExactly(Engine.CORE, Engine.FAST);
    }

    @Test
    void theFastEngineAskedToKeepProofsIsRefused() {
        InProcess r = InProcess.run(new SimulateCommand(), "--engine", "fast", "--proofs", "keep", "--peers", "20", "--cache-size", "3", "--days", "0.01");
        assertThat(r.exit()).isEqualTo(2);
    }

    @Test
    void keepingProofsRunsOnTheCoreEngine() {
        InProcess r = InProcess.run(new SimulateCommand(), "--proofs", "keep", "--peers", "20", "--cache-size", "3", "--days", "0.05", "--json");
        assertThat(r.exit()).isEqualTo(0);
    }
}
