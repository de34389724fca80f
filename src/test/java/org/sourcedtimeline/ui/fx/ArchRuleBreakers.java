package org.sourcedtimeline.ui.fx;

/** Classes in this room that break the rules of UiArchitectureTest, for UiRulesBiteTest; not used elsewhere. */
final class ArchRuleBreakers {
    private ArchRuleBreakers() {}

    static final class KnowsTheIcons { org.sourcedtimeline.ui.icons.AppIcon icon; }
}
