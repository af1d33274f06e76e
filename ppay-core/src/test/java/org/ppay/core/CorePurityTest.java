package org.ppay.core;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.base.DescribedPredicate.doNot;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.name;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.time.InstantSource;
import java.util.Arrays;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.Timer;
import java.util.UUID;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinTask;
import java.util.random.RandomGenerator;
import java.util.stream.Stream;
import org.ppay.core.crypto.JdkEd25519;

/**
 * The core's promise, "depends on the JDK alone; no I/O, clock or randomness of its own", checked on its
 * compiled main classes, and its packages' layering as each package-info states it. Whatever the core needs
 * from the world (time, keys, randomness, the network) its caller passes in, so a run is a function of its
 * inputs and the simulator, the scenarios and a daemon all run the very same code.
 */
@AnalyzeClasses(packages = "org.ppay.core", importOptions = ImportOption.DoNotIncludeTests.class)
class CorePurityTest {
    private static final String CORE = "org.ppay.core..";
    /** The package {@code org.ppay.core} itself, in the layering rules' relative names. */
    private static final String ROOT = "";

    @ArchTest
    static final ArchRule theCoreDependsOnNothingButItselfAndTheJdk = classes().that().resideInAPackage(CORE)
        .should().onlyDependOnClassesThat().resideInAnyPackage(CORE, "java..")
        .because("ppay-core depends on the JDK alone: the real signature providers, the simulator and the "
            + "scenario language live in modules of their own");

    @ArchTest
    static final ArchRule theCoreDoesNoIo = noClasses().that().resideInAPackage(CORE)
        .should().dependOnClassesThat().resideInAnyPackage("java.io..", "java.nio.file..", "java.nio.channels..", "java.net..")
        .orShould().accessTargetWhere(use(System.class, "out", "err", "in", "console"))
        .because("messages arrive and leave as byte arrays through the caller; the encoder writes into a "
            + "plain array of its own, not a stream");

    @ArchTest
    static final ArchRule theCoreReadsNoClock = noClasses().that().resideInAPackage(CORE)
        .should().accessTargetWhere(use(System.class, "currentTimeMillis", "nanoTime"))
        .orShould().accessTargetWhere(describe("java.time's now()",
            a -> a.getTargetOwner().getPackageName().equals("java.time") && a.getName().equals("now")))
        .orShould().dependOnClassesThat(assignableTo(InstantSource.class))
        .orShould().callConstructor(Date.class)
        .because("every role method takes the time as an argument, so the simulator and the scenarios "
            + "run on a simulated clock");

    /** JdkEd25519's "random" source, which yields exactly the seed it was given: the one exception below. */
    private static final String FIXED_SEED_SOURCE = JdkEd25519.class.getName() + "$FixedBytes";

    @ArchTest
    static final ArchRule theCoreDrawsNoRandomness = noClasses().that().resideInAPackage(CORE)
        .and().doNotHaveFullyQualifiedName(FIXED_SEED_SOURCE)
        .should().dependOnClassesThat(assignableTo(RandomGenerator.class).and(doNot(name(FIXED_SEED_SOURCE))))
        .orShould().accessTargetWhere(use(Math.class, "random"))
        .orShould().accessTargetWhere(use(StrictMath.class, "random"))
        .orShould().accessTargetWhere(use(UUID.class, "randomUUID"))
        .orShould().callMethod(Collections.class, "shuffle", List.class)
        .because("keys come from seeds and lottery secrets from the caller, so runs reproduce; the one "
            + "exception, JdkEd25519's FixedBytes, is a SecureRandom that yields exactly the given seed: the "
            + "JDK's key generator is its only way to derive an Ed25519 public key from a seed");

    @ArchTest
    static final ArchRule theCoreStartsNoThreads = noClasses().that().resideInAPackage(CORE)
        .should().dependOnClassesThat(assignableTo(Thread.class).or(assignableTo(ThreadGroup.class))
            .or(assignableTo(Executor.class)).or(assignableTo(ForkJoinTask.class))
            .or(assignableTo(CompletionStage.class)).or(assignableTo(Timer.class)))
        .orShould().accessTargetWhere(describe("parallel streams", a -> a.getTargetOwner().getPackageName().startsWith("java.util")
            && (a.getName().equals("parallel") || a.getName().equals("parallelStream"))))
        .because("a role is single-threaded and its caller decides what runs when; the simulator relies "
            + "on it for determinism");

    @ArchTest
    static final ArchRule theCoreReadsNothingFromItsEnvironment = noClasses().that().resideInAPackage(CORE)
        .should().accessTargetWhere(use(System.class, "getenv", "getProperty", "getProperties", "setProperty",
            "clearProperty", "lineSeparator", "exit"))
        .orShould().accessTargetWhere(use(Integer.class, "getInteger"))
        .orShould().accessTargetWhere(use(Long.class, "getLong"))
        .orShould().accessTargetWhere(use(Boolean.class, "getBoolean"))
        .orShould().dependOnClassesThat().belongToAnyOf(Runtime.class, ProcessBuilder.class, ProcessHandle.class)
        .because("every setting comes in through Params, so two runs with the same inputs agree on any machine");

    @ArchTest
    static final ArchRule theCoreUsesNoReflection = noClasses().that().resideInAPackage(CORE)
        .should().dependOnClassesThat().resideInAnyPackage("java.lang.reflect..", "java.lang.invoke..")
        .orShould().accessTargetWhere(use(Class.class, "forName", "getMethod", "getMethods", "getDeclaredMethod",
            "getDeclaredMethods", "getField", "getFields", "getDeclaredField", "getDeclaredFields",
            "getConstructor", "getDeclaredConstructor", "newInstance"))
        .because("reflection would let any of the above in unseen by these rules");

    // The layering. Each package may use the packages its package-info names, and the JDK; a package not
    // named here (a new one) is held only to the rules above: the core and the JDK, and no cycles.

    @ArchTest
    static final ArchRule theRootPackageUsesOnlyTheJdk = thePackage(ROOT).mayUseOnly();

    @ArchTest
    static final ArchRule theCodecUsesOnlyTheRootPackage = thePackage("codec").mayUseOnly(ROOT);

    @ArchTest
    static final ArchRule theCryptoInterfacesUseOnlyTheRootPackage = thePackage("crypto").mayUseOnly(ROOT);

    @ArchTest
    static final ArchRule theMessagesUseOnlyTheCodecAndTheCryptoInterfaces = thePackage("msg").mayUseOnly(ROOT, "codec", "crypto");

    @ArchTest
    static final ArchRule theCostMeterUsesOnlyTheMessages = thePackage("cost").mayUseOnly(ROOT, "msg");

    @ArchTest
    static final ArchRule theCreditWindowsUseOnlyMessagesCostsAndCrypto = thePackage("credit").mayUseOnly(ROOT, "msg", "cost", "crypto");

    @ArchTest
    static final ArchRule theRolesUseOnlyMessagesCostsAndCrypto = thePackage("role").mayUseOnly(ROOT, "msg", "cost", "crypto");

    @ArchTest
    static final ArchRule theBrokerUsesOnlyTheRolesAndBelow = thePackage("broker").mayUseOnly(ROOT, "codec", "msg", "cost", "crypto", "role");

    @ArchTest
    static final ArchRule theExchangeReachesTheBrokerOnlyThroughTheNetwork =
        thePackage("exchange").mayUseOnly(ROOT, "msg", "cost", "credit", "crypto", "role");

    @ArchTest
    static final ArchRule theCorePackagesAreFreeOfCycles = slices().matching("org.ppay.core.(*)..").should().beFreeOfCycles()
        .because("each layer must be understandable, and testable, with only the ones below it");

    /** Any use of the named members of {@code owner}: calls, method references and field reads alike. */
    private static DescribedPredicate<JavaAccess<?>> use(Class<?> owner, String... members) {
        Set<String> names = Set.of(members);
        return describe(owner.getSimpleName() + "." + String.join("/", members),
            a -> a.getTargetOwner().isEquivalentTo(owner) && names.contains(a.getName()));
    }

    private static Layer thePackage(String sub) { return new Layer(sub); }

    /** One core package, named relative to {@code org.ppay.core}. */
    private record Layer(String sub) {
        /** Its classes may use those of its own package, of {@code others} and of the JDK, nothing else. */
        ArchRule mayUseOnly(String... others) {
            String[] named = Arrays.stream(others).map(Layer::qualified).toArray(String[]::new);
            String[] allowed = Stream.concat(Stream.of(qualified(sub), "java.."), Arrays.stream(named)).toArray(String[]::new);
            return classes().that().resideInAPackage(qualified(sub))
                .should().onlyDependOnClassesThat(resideInAnyPackage(allowed))
                .because(named.length == 0 ? "its package-info says it may import the JDK only"
                    : "its package-info says it may import " + String.join(", ", named) + " and the JDK only");
        }

        private static String qualified(String sub) { return sub.isEmpty() ? "org.ppay.core" : "org.ppay.core." + sub; }
    }
}
