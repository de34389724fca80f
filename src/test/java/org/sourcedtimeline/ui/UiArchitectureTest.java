package org.sourcedtimeline.ui;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

/**
 * The rooms of the UI (docs/architecture.md): what each may know. {@link UiRulesBiteTest} shows that
 * each rule fails on a class that breaks it.
 */
@AnalyzeClasses(packages = "org.sourcedtimeline", importOptions = ImportOption.DoNotIncludeTests.class)
class UiArchitectureTest {
    private static final String UI = "org.sourcedtimeline.ui";

    /** The room of a package under ui: its first name after {@code ui.}. */
    static String room(String pkg) {
        String rest = pkg.substring(UI.length() + 1);
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }

    @ArchTest
    static final ArchRule noClassAtTheTopOfUi = noClasses().that().doNotHaveSimpleName("package-info")
            .should().resideInAPackage(UI)
            .because("every class of the UI lives in the room of its concern, so a newcomer finds it by the folder's name");

    @ArchTest
    static final ArchRule viewModelSeesNoControl = noClasses().that().haveSimpleNameEndingWith("ViewModel")
            .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..", "javafx.fxml..",
                    "org.controlsfx..", "atlantafx..", "org.kordamp..")
            .because("a view model is JavaFX properties only, tested without a toolkit");

    @ArchTest
    static final ArchRule stateKnowsOnlyTheSettings = noClasses().that().resideInAPackage(UI + ".state..")
            .should().dependOnClassesThat().resideInAnyPackage(UI + ".window..", UI + ".panels..", UI + ".dialogs..",
                    UI + ".export..", UI + ".importer..", UI + ".dates..", UI + ".control..", UI + ".fx..", UI + ".icons..")
            .because("the view model is what the views observe: it knows the model and the settings' values, no view");

    @ArchTest
    static final ArchRule panelsDoNotKnowTheWindow = noClasses().that().resideInAPackage(UI + ".panels..")
            .should().dependOnClassesThat().resideInAnyPackage(UI + ".window..", UI + ".dialogs..", UI + ".export..",
                    UI + ".importer..")
            .because("panels are given the view model and ask their PanelHost, so they can be reused and tested alone");

    @ArchTest
    static final ArchRule onlyTheWindowKnowsTheTimeline = noClasses().that().resideInAnyPackage(UI + ".panels..", UI + ".state..",
                    UI + ".dialogs..", UI + ".importer..", UI + ".dates..")
            .should().dependOnClassesThat().resideInAPackage(UI + ".control..")
            .because("TimelineBridge (ui.window) maps the model onto the reusable control; the export alone is also "
                    + "handed the control, to draw it into a file");

    @ArchTest
    static final ArchRule dialogsAndExportAndImportDoNotKnowTheWindow = noClasses()
            .that().resideInAnyPackage(UI + ".dialogs..", UI + ".export..", UI + ".importer..", UI + ".dates..")
            .should().dependOnClassesThat().resideInAnyPackage(UI + ".window..", UI + ".panels..")
            .because("a dialog is given its owner, bundle, style sheet and data; it can be opened and tested alone");

    @ArchTest
    static final ArchRule dialogsDoNotKnowTheState = noClasses().that().resideInAnyPackage(UI + ".dialogs..", UI + ".dates..")
            .should().dependOnClassesThat().resideInAPackage(UI + ".state..")
            .because("the small dialogs and the date field show what they are given, not the window's state");

    @ArchTest
    static final ArchRule helperRoomsKnowNoOtherRoom = classes()
            .that().resideInAnyPackage(UI + ".fx..", UI + ".icons..", UI + ".errors..", UI + ".settings..", UI + ".text..")
            .should(new ArchCondition<JavaClass>("depend on no other room of the UI") {
                @Override
                public void check(JavaClass c, ConditionEvents events) {
                    for (Dependency d : c.getDirectDependenciesFromSelf()) {
                        String target = d.getTargetClass().getPackageName();
                        if (target.startsWith(UI + ".") && !room(target).equals(room(c.getPackageName())))
                            events.add(SimpleConditionEvent.violated(d, d.getDescription()));
                    }
                }
            })
            .because("helpers, icons, settings, errors and display text sit under every view: none may reach into another room");

    @ArchTest
    static final ArchRule roomsHaveNoCycles = slices().matching(UI + ".(*)..").should().beFreeOfCycles()
            .because("the rooms form layers (docs/architecture.md): the window on top, the helpers at the bottom");

    @ArchTest
    static final ArchRule textKnowsNoView = classes().that().resideInAPackage(UI + ".text..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.sourcedtimeline.model..", UI + ".text..")
            .because("display text is plain Java, shared by the window and the CLI: no JavaFX, no view");
}
