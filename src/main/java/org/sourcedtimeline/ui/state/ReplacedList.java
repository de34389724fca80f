package org.sourcedtimeline.ui.state;

import java.util.List;
import javafx.collections.ObservableListBase;

/**
 * An observable list that changes only by being replaced whole: a million events are swapped in at
 * once, where {@code setAll} on an observable array list adds them one by one, and listeners hear
 * one replacement. Nobody else can change it (the list operations that would are unsupported).
 */
public final class ReplacedList<E> extends ObservableListBase<E> {
    private List<E> items = List.of();

    @Override
    public E get(int index) { return items.get(index); }

    @Override
    public int size() { return items.size(); }

    /**
     * Makes {@code newItems} the contents, kept as they are: the caller must not change them after.
     * Nothing happens when they are, item for item, the very objects there already.
     */
    public void replace(List<E> newItems) {
        List<E> old = items;
        if (sameObjects(old, newItems)) return;
        items = newItems;
        beginChange();
        if (old.isEmpty()) nextAdd(0, newItems.size());
        else if (newItems.isEmpty()) nextRemove(0, old);
        else nextReplace(0, newItems.size(), old);
        endChange();
    }

    private static boolean sameObjects(List<?> a, List<?> b) {
        if (a == b) return true;
        if (a.size() != b.size()) return false;
        for (int i = 0; i < a.size(); i++) if (a.get(i) != b.get(i)) return false;
        return true;
    }
}
