package org.ppay.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code ppay} command: one subcommand per job. */
@Command(name = "ppay", mixinStandardHelpOptions = true, version = "ppay 0.1.0",
    description = "PPay: micropayments for peer-to-peer systems (Yang and Garcia-Molina, CCS 2003).",
    subcommands = {SimulateCommand.class, ScenarioCommand.class, ExploreCommand.class, BenchCommand.class, FiguresCommand.class,
        BrokerCommand.class, PeerCommand.class, WalletCommand.class, DemoCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override public void run() { spec.commandLine().usage(spec.commandLine().getOut()); }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The {@code ppay} command line, every problem reported as one line ({@link Problems}). */
    static CommandLine commandLine() { return Problems.install(new CommandLine(new Main())); }
}
