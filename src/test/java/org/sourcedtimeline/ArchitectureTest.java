package org.sourcedtimeline;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The layers of DEVELOPERS.md: data flows one way, and each layer knows only what it must. */
@AnalyzeClasses(packages = "org.sourcedtimeline", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule modelIsPlainJava = classes().that().resideInAPackage("org.sourcedtimeline.model..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("org.sourcedtimeline.model..", "java..")
            .because("the model is records and pure logic: no JavaFX, no Gson, nothing of io or ui, so it can be "
                    + "tested and reused (exporters, a server, benchmarks) without a toolkit");

    @ArchTest
    static final ArchRule onlyIoUsesGson = noClasses().that().resideOutsideOfPackage("org.sourcedtimeline.io..")
            .should().dependOnClassesThat().resideInAPackage("com.google.gson..")
            .because("JSON mapping lives in one place; the rest of the app sees immutable records");

    @ArchTest
    static final ArchRule ioKnowsNoToolkit = noClasses().that().resideInAPackage("org.sourcedtimeline.io..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.sourcedtimeline.ui..", "org.sourcedtimeline.cli..")
            .because("loading, validating and building run headless in the CLI and in tests");

    @ArchTest
    static final ArchRule timelineControlKnowsNoDiplomacy = classes().that().resideInAPackage("org.sourcedtimeline.ui.control.timeline..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("org.sourcedtimeline.ui.control.timeline..", "java..", "javafx..")
            .allowEmptyShould(true)
            .because("the timeline is a reusable control: it draws dated items in lanes and knows nothing of the model");

    @ArchTest
    static final ArchRule noNetwork = noClasses().should().dependOnClassesThat().haveFullyQualifiedName("java.net.Socket")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.net.URLConnection")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.net.HttpURLConnection")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.net.ServerSocket")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.net.DatagramSocket")
            .orShould().dependOnClassesThat().resideInAPackage("java.net.http..")
            .because("a viewer of evidence never touches the network");
}
