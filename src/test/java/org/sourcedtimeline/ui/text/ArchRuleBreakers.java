package org.sourcedtimeline.ui.text;

/** Classes in this room that break the rules of UiArchitectureTest, for UiRulesBiteTest; not used elsewhere. */
final class ArchRuleBreakers {
    private ArchRuleBreakers() {}

    static final class ShowsANode { javafx.scene.control.Label label; }
}
