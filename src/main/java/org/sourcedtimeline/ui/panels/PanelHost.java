package org.sourcedtimeline.ui.panels;

/** What a side panel may ask of the window around it. */
public interface PanelHost {
    /** Puts text on the clipboard and says so in the status bar. */
    void copyToClipboard(String text, String confirmation);

    /** Hides a panel (the View menu shows it again). */
    void hidePanel(String panelId);
}
