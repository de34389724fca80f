package org.sourcedtimeline.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.Test;

/**
 * The rules of {@link UiArchitectureTest} are not vacuous: each fails on the rooms' real classes plus
 * one small class of the test tree that does what the rule forbids (the {@code ArchRuleBreakers} of
 * each room), and names that class.
 */
class UiRulesBiteTest {

    /** A class at the top of ui, which no room holds. */
    static final class Homeless {}

    /** A view model that holds a control. */
    static final class LeakyViewModel { javafx.scene.control.Label label; }

    private static JavaClasses rooms(String... rooms) {
        String[] packages = new String[rooms.length];
        for (int i = 0; i < rooms.length; i++) packages[i] = "org.sourcedtimeline.ui" + (rooms[i].isEmpty() ? "" : "." + rooms[i]);
        return new ClassFileImporter().importPackages(packages);
    }

    private static void bites(ArchRule rule, JavaClasses classes, String breaker) {
        EvaluationResult r = rule.evaluate(classes);
        String report = String.join("\n", r.getFailureReport().getDetails());
        assertTrue(r.hasViolation() && report.contains(breaker),
                rule.getDescription() + " should catch " + breaker + ", reported:\n" + report);
    }

    @Test
    void eachRoomRuleCatchesWhatItForbids() {
        bites(UiArchitectureTest.noClassAtTheTopOfUi, new ClassFileImporter().importClasses(Homeless.class), "Homeless");
        bites(UiArchitectureTest.viewModelSeesNoControl, new ClassFileImporter().importClasses(LeakyViewModel.class), "LeakyViewModel");
        bites(UiArchitectureTest.stateKnowsOnlyTheSettings, rooms("state"), "ArchRuleBreakers$KnowsTheWindow");
        bites(UiArchitectureTest.panelsDoNotKnowTheWindow, rooms("panels"), "ArchRuleBreakers$KnowsTheWindow");
        bites(UiArchitectureTest.panelsDoNotKnowTheWindow, rooms("panels"), "ArchRuleBreakers$OpensADialog");
        bites(UiArchitectureTest.onlyTheWindowKnowsTheTimeline, rooms("panels"), "ArchRuleBreakers$KnowsTheTimeline");
        bites(UiArchitectureTest.dialogsAndExportAndImportDoNotKnowTheWindow, rooms("dialogs"), "ArchRuleBreakers$KnowsTheWindow");
        bites(UiArchitectureTest.dialogsDoNotKnowTheState, rooms("dialogs"), "ArchRuleBreakers$KnowsTheState");
        bites(UiArchitectureTest.helperRoomsKnowNoOtherRoom, rooms("fx"), "ArchRuleBreakers$KnowsTheIcons");
        bites(UiArchitectureTest.helperRoomsKnowNoOtherRoom, rooms("settings"), "ArchRuleBreakers$KnowsTheState");
        bites(UiArchitectureTest.textKnowsNoView, rooms("text"), "ArchRuleBreakers$ShowsANode");
        bites(UiArchitectureTest.roomsHaveNoCycles, rooms("state", "settings"), "ArchRuleBreakers");
    }
}
