package org.sourcedtimeline.ui;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The View/ViewModel split of the main window. */
@AnalyzeClasses(packages = "org.sourcedtimeline", importOptions = ImportOption.DoNotIncludeTests.class)
class UiArchitectureTest {

    @ArchTest
    static final ArchRule viewModelSeesNoControl = noClasses().that().haveSimpleNameEndingWith("ViewModel")
            .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..", "javafx.fxml..",
                    "org.controlsfx..", "atlantafx..", "org.kordamp..")
            .because("a view model is JavaFX properties only, tested without a toolkit");

    @ArchTest
    static final ArchRule panelsDoNotKnowTheWindow = noClasses().that().resideInAPackage("org.sourcedtimeline.ui.panels..")
            .should().dependOnClassesThat().haveSimpleNameStartingWith("MainWindow")
            .orShould().dependOnClassesThat().haveSimpleName("MainView")
            .because("panels ask their PanelHost, so they can be reused and tested alone");

    @ArchTest
    static final ArchRule datesKnowNeitherTheWindowNorTheTimeline = noClasses().that().resideInAPackage("org.sourcedtimeline.ui.dates..")
            .should().dependOnClassesThat().resideInAPackage("org.sourcedtimeline.ui")
            .orShould().dependOnClassesThat().resideInAPackage("org.sourcedtimeline.ui.control..")
            .because("the date field knows the model's dates and JFXtras; the window tells it where the timeline is");

    @ArchTest
    static final ArchRule onlyTheBridgeKnowsTheTimeline = noClasses().that().resideInAPackage("org.sourcedtimeline.ui.panels..")
            .should().dependOnClassesThat().resideInAPackage("org.sourcedtimeline.ui.control..")
            .because("TimelineBridge is the one place that maps the model onto the reusable control");

    @ArchTest
    static final ArchRule exportDoesNotKnowTheWindow = noClasses().that().resideInAPackage("org.sourcedtimeline.ui.export..")
            .should().dependOnClassesThat().haveSimpleNameStartingWith("MainWindow")
            .orShould().dependOnClassesThat().haveSimpleName("MainView")
            .because("the export dialog is given the model, the selection and the timeline; it can be opened and tested alone");
}
