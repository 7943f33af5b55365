package dev.mandel.gui.model;

import dev.mandel.view.Viewport;

import java.util.ArrayList;
import java.util.List;

/**
 * Browser-style history of views: a list and a cursor. Visiting a new view drops everything
 * forward of the cursor; back and forward move the cursor. Bounded so a long session of wheel
 * zooming cannot grow it without limit.
 */
public final class ViewHistory {

    static final int LIMIT = 500;

    private final List<Viewport> views = new ArrayList<>();
    private int cursor = -1;

    public ViewHistory(Viewport first) {
        visit(first);
    }

    /** Records a new current view; forward entries are discarded. */
    public void visit(Viewport view) {
        while (views.size() > cursor + 1) {
            views.removeLast();
        }
        views.add(view);
        if (views.size() > LIMIT) {
            views.removeFirst();
        }
        cursor = views.size() - 1;
    }

    /** Changes the current entry in place (a drag in progress, a window resize). */
    public void replaceCurrent(Viewport view) {
        views.set(cursor, view);
    }

    public Viewport current() {
        return views.get(cursor);
    }

    public boolean canBack() {
        return cursor > 0;
    }

    public boolean canForward() {
        return cursor < views.size() - 1;
    }

    public Viewport back() {
        if (canBack()) {
            cursor--;
        }
        return current();
    }

    public Viewport forward() {
        if (canForward()) {
            cursor++;
        }
        return current();
    }
}
