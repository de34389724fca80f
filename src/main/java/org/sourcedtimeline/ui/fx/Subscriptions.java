package org.sourcedtimeline.ui.fx;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * Listeners a view adds to the long-lived view model, removed together when the view is thrown away
 * (a language switch rebuilds every view over the same view model).
 */
public final class Subscriptions {
    private final List<Runnable> removers = new ArrayList<>();

    public <T> void onChange(ObservableValue<T> v, ChangeListener<? super T> l) {
        v.addListener(l);
        removers.add(() -> v.removeListener(l));
    }

    public void onInvalidate(Observable o, Runnable r) {
        InvalidationListener l = x -> r.run();
        o.addListener(l);
        removers.add(() -> o.removeListener(l));
    }

    public <T> void onList(ObservableList<T> list, Runnable r) {
        ListChangeListener<T> l = c -> r.run();
        list.addListener(l);
        removers.add(() -> list.removeListener(l));
    }

    public void add(Runnable remover) { removers.add(remover); }

    public void dispose() {
        for (int i = removers.size() - 1; i >= 0; i--) removers.get(i).run();
        removers.clear();
    }
}
