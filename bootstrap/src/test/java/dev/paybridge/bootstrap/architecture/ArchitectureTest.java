package dev.paybridge.bootstrap.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;

@AnalyzeClasses(packages = "dev.paybridge", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    private static final String[] FRAMEWORKS = {"io.javalin..", "org.jooq..", "com.google.inject..",
        "com.fasterxml.jackson..", "com.google.crypto.tink..", "org.flywaydb..", "com.zaxxer..", "io.micrometer..",
        "org.eclipse.jetty..", "jakarta.servlet..", "org.slf4j.."};

    /** The two places that print to the console: the CLI, and the new admin token shown on an interactive terminal. */
    private static final DescribedPredicate<JavaClass> CONSOLE_OWNERS = DescribedPredicate.describe(
            "the command line and the new admin token shown on an interactive terminal",
            type -> type.getName().startsWith("dev.paybridge.bootstrap.Main")
                    || type.getName().equals("dev.paybridge.bootstrap.config.LocalSecrets"));

    @ArchTest
    static final ArchRule the_domain_depends_on_the_jdk_only = noClasses()
            .that().resideInAPackage("dev.paybridge.domain..")
            .should().dependOnClassesThat().resideOutsideOfPackages("java..", "dev.paybridge.domain..");

    @ArchTest
    static final ArchRule the_application_depends_on_the_domain_and_jakarta_inject_only = noClasses()
            .that().resideInAPackage("dev.paybridge.application..")
            .should().dependOnClassesThat().resideOutsideOfPackages("java..", "dev.paybridge.domain..",
                    "dev.paybridge.application..", "jakarta.inject..");

    @ArchTest
    static final ArchRule no_framework_type_reaches_domain_or_application = noClasses()
            .that().resideInAnyPackage("dev.paybridge.domain..", "dev.paybridge.application..")
            .should().dependOnClassesThat().resideInAnyPackage(FRAMEWORKS);

    @ArchTest
    static final ArchRule adapters_do_not_depend_on_each_other = slices()
            .matching("dev.paybridge.adapters.(*)..").should().notDependOnEachOther();

    @ArchTest
    static final ArchRule the_http_adapter_drives_use_cases_and_never_reaches_a_driven_port = noClasses()
            .that().resideInAPackage("dev.paybridge.adapters.http..")
            .should().dependOnClassesThat().resideInAPackage("dev.paybridge.application.port.out..");

    @ArchTest
    static final ArchRule nothing_but_bootstrap_depends_on_bootstrap = noClasses()
            .that().resideOutsideOfPackage("dev.paybridge.bootstrap..")
            .should().dependOnClassesThat().resideInAPackage("dev.paybridge.bootstrap..");

    @ArchTest
    static final ArchRule the_moyasar_plugin_sees_only_the_spi_and_the_domain = noClasses()
            .that().resideInAPackage("dev.paybridge.adapters.moyasar..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.paybridge.application.port..",
                    "dev.paybridge.application.service..", "dev.paybridge.application.gateway..");

    @ArchTest
    static final ArchRule the_simulator_knows_no_paybridge_module = noClasses()
            .that().resideInAPackage("dev.paybridge.moyasar.simulator..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.paybridge.domain..", "dev.paybridge.application..",
                    "dev.paybridge.adapters..", "dev.paybridge.bootstrap..")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule modules_are_free_of_cycles = slices().matching("dev.paybridge.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule features_are_free_of_cycles = slices().matching("dev.paybridge.(**)").should().beFreeOfCycles()
            .ignoreDependency(JavaClass.Predicates.resideInAPackage("dev.paybridge.adapters.persistence.generated.."),
                    DescribedPredicate.alwaysTrue());

    @ArchTest
    static final ArchRule no_field_injection = GeneralCodingRules.NO_CLASSES_SHOULD_USE_FIELD_INJECTION;

    @ArchTest
    static final ArchRule no_generic_exceptions = GeneralCodingRules.NO_CLASSES_SHOULD_THROW_GENERIC_EXCEPTIONS;

    @ArchTest
    static final ArchRule no_java_util_logging = GeneralCodingRules.NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING;

    @ArchTest
    static final ArchRule no_joda_time = GeneralCodingRules.NO_CLASSES_SHOULD_USE_JODATIME;

    @ArchTest
    static final ArchRule no_standard_streams_outside_the_console_owners = noClasses()
            .that(DescribedPredicate.not(CONSOLE_OWNERS))
            .and().resideOutsideOfPackage("dev.paybridge.adapters.persistence.generated..")
            .should(GeneralCodingRules.ACCESS_STANDARD_STREAMS);
}
