package org.sourcedtimeline.ui.panels;

/** Classes in this room that break the rules of UiArchitectureTest, for UiRulesBiteTest; not used elsewhere. */
final class ArchRuleBreakers {
    private ArchRuleBreakers() {}

    static final class KnowsTheWindow { org.sourcedtimeline.ui.window.MainView view; }

    static final class KnowsTheTimeline { org.sourcedtimeline.ui.control.timeline.TimelineView timeline; }

    static final class OpensADialog { org.sourcedtimeline.ui.dialogs.ProblemsDialog dialog; }
}
