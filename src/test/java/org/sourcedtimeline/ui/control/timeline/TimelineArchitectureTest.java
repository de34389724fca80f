package org.sourcedtimeline.ui.control.timeline;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "org.sourcedtimeline.ui.control.timeline", importOptions = ImportOption.DoNotIncludeTests.class)
class TimelineArchitectureTest {

    @ArchTest
    static final ArchRule onlyJavaAndJavaFx = classes()
            .that().resideInAPackage("org.sourcedtimeline.ui.control.timeline..")
            .should().onlyDependOnClassesThat()
            .resideInAnyPackage("java..", "javafx..", "org.sourcedtimeline.ui.control.timeline..")
            .because("the timeline control is reusable: it knows nothing of the app, its model or its I/O");

    @ArchTest
    static final ArchRule layoutIsPure = noClasses()
            .that().haveSimpleNameStartingWith("TimeScale")
            .or().haveSimpleNameStartingWith("TickGenerator")
            .or().haveSimpleNameStartingWith("LanePacker")
            .or().haveSimpleNameStartingWith("Clusterer")
            .or().haveSimpleNameStartingWith("HitTester")
            .or().haveSimpleNameStartingWith("ItemIndex")
            .or().haveSimpleNameStartingWith("MaxPyramid")
            .or().haveSimpleNameStartingWith("RowItems")
            .or().haveSimpleNameStartingWith("RowLayout")
            .or().haveSimpleNameStartingWith("MarkerGeometry")
            .or().haveSimpleNameStartingWith("RowModel")
            .should().dependOnClassesThat().resideInAPackage("javafx..")
            .because("layout classes are tested without a JavaFX toolkit");

    @ArchTest
    static final ArchRule itemsArePreparedWithoutJavaFx = noClasses()
            .that().haveSimpleNameStartingWith("PreparedItems")
            .or().haveSimpleNameStartingWith("TimelineItem")
            .or().haveSimpleNameStartingWith("Granularity")
            .should().dependOnClassesThat().resideInAPackage("javafx..")
            .orShould().dependOnClassesThat().haveSimpleName("TimelineView")
            .because("items are made and sorted on a loading thread, which must not load a Control class "
                    + "(that needs the JavaFX toolkit started)");
}
