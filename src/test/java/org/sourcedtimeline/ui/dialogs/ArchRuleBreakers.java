package org.sourcedtimeline.ui.dialogs;

/** Classes in this room that break the rules of UiArchitectureTest, for UiRulesBiteTest; not used elsewhere. */
final class ArchRuleBreakers {
    private ArchRuleBreakers() {}

    static final class KnowsTheWindow { org.sourcedtimeline.ui.window.MainWindow window; }

    static final class KnowsTheState { org.sourcedtimeline.ui.state.MainViewModel vm; }
}
