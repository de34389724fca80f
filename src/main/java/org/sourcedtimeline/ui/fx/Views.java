package org.sourcedtimeline.ui.fx;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Locale;
import java.util.ResourceBundle;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;

/** Loads a view: its FXML, CSS and bundle sit beside its class under the same base name. */
public final class Views {
    private Views() {}

    public record Loaded<T>(Parent root, T controller, ResourceBundle bundle) {}

    public static ResourceBundle bundle(Class<?> view, Locale locale) {
        return ResourceBundle.getBundle(view.getName(), locale, view.getModule());
    }

    public static <T> Loaded<T> load(Class<T> view, Locale locale) {
        URL fxml = view.getResource(view.getSimpleName() + ".fxml");
        if (fxml == null) throw new IllegalStateException("no FXML beside " + view.getName());
        ResourceBundle bundle = bundle(view, locale);
        FXMLLoader loader = new FXMLLoader(fxml, bundle);
        try {
            Parent root = loader.load();
            return new Loaded<>(root, view.cast(loader.getController()), bundle);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load " + fxml, e);
        }
    }

    /** The stylesheet beside a view class. */
    public static String css(Class<?> view) {
        URL u = view.getResource(view.getSimpleName() + ".css");
        if (u == null) throw new IllegalStateException("no CSS beside " + view.getName());
        return u.toExternalForm();
    }
}
