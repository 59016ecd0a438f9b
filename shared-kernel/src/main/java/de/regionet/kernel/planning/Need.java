package de.regionet.kernel.planning;

import de.regionet.kernel.Require;
import de.regionet.kernel.TextLimits;

/** A need (Handlungsbedarf) a planning document states: its id within the document, a title and a text. */
public record Need(NeedId id, String title, String text) {

    public Need {
        Require.present(id, "id");
        title = Require.text(title, "title", TextLimits.NAME);
        text = Require.text(text, "text", TextLimits.TEXT);
    }
}
