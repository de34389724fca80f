/** Sourced Timeline: Blinken–Lavrov encounters, every quote anchored to its article. */
module org.sourcedtimeline {
    requires transitive javafx.controls;
    requires javafx.fxml;
    requires javafx.swing;
    requires java.desktop;
    requires com.google.gson;
    requires org.controlsfx.controls;
    requires jfxtras.controls;
    requires atlantafx.base;
    requires org.kordamp.ikonli.javafx;
    requires java.prefs;
    requires org.apache.xmlgraphics.batik.svggen;
    requires java.xml;
    requires com.github.librepdf.openpdf;
    requires com.fasterxml.jackson.core;
    requires com.fasterxml.jackson.dataformat.cbor;
    requires com.ibm.icu;

    exports org.sourcedtimeline;
    exports org.sourcedtimeline.model;
    exports org.sourcedtimeline.ui.control.timeline;

    // FXML controllers and their @FXML fields are reached by reflection.
    opens org.sourcedtimeline.ui.window to javafx.fxml;
    opens org.sourcedtimeline.ui.panels to javafx.fxml;
    opens org.sourcedtimeline.ui.export to javafx.fxml;
    opens org.sourcedtimeline.ui.importer to javafx.fxml;
    // The toolbar's filter buttons are made and set (title, clearText) by FXML.
    opens org.sourcedtimeline.ui.filters to javafx.fxml;

    // The window's icons (AppIcon), for Ikonli's FontIcon.
    provides org.kordamp.ikonli.IkonHandler with org.sourcedtimeline.ui.icons.AppIconHandler;

}
