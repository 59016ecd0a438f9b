package de.regionet.kernel.planning;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.regex.Pattern;

/**
 * A need's id within its document ("B1", "fachkraefte-pflege"): chosen by the region, kept across revisions, so the
 * priorities and calls linked to a need stay linked when the document is revised.
 */
public record NeedId(@JsonValue String value) {

    private static final Pattern FORM = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,39}");

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public NeedId {
        if (value == null || !FORM.matcher(value).matches()) {
            throw new IllegalArgumentException("a need id is 1 to 40 letters, digits, '.', '_' or '-', starting with "
                    + "a letter or digit");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
