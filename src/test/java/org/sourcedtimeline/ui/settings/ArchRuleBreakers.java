package org.sourcedtimeline.ui.settings;

/** Classes in this room that break the rules of UiArchitectureTest, for UiRulesBiteTest; not used elsewhere. */
public final class ArchRuleBreakers {
    private ArchRuleBreakers() {}

    /** Settings reaching up into the view model (and, with the state's class that holds it, a cycle). */
    public static final class KnowsTheState { org.sourcedtimeline.ui.state.MainViewModel vm; }
}
