package de.regionet.kernel;

/** Guards for value-object constructors: an invalid value object cannot exist. */
public final class Require {

    private Require() {
    }

    /** A mandatory, non-blank text of at most {@code maxLength} characters, returned stripped. */
    public static String text(String value, String name, int maxLength) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
        var stripped = value.strip();
        if (stripped.length() > maxLength) {
            throw new IllegalArgumentException(name + " must be at most " + maxLength + " characters");
        }
        return stripped;
    }

    public static <T> T present(T value, String name) {
        if (value == null) {
            throw new IllegalArgumentException(name + " is required");
        }
        return value;
    }
}
