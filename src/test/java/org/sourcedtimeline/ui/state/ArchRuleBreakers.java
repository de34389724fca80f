package org.sourcedtimeline.ui.state;

/** Classes in this room that break the rules of UiArchitectureTest, for UiRulesBiteTest; not used elsewhere. */
final class ArchRuleBreakers {
    private ArchRuleBreakers() {}

    static final class KnowsTheWindow { org.sourcedtimeline.ui.window.MainWindow window; }

    static final class KnowsTheSettings { org.sourcedtimeline.ui.settings.ArchRuleBreakers.KnowsTheState cycle; }
}
