package de.regionet.command.personal;

import de.regionet.kernel.personal.PersonalDataVault;
import de.regionet.kernel.personal.Sealed;
import de.regionet.kernel.personal.SubjectId;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A vault for aggregate tests: deterministic, so that a test can name the events it expects. Subjects are numbered
 * in the order they are made ({@code ds-test-0001}, …) and "sealing" is a reversible encoding, not encryption; the
 * application's vault ({@code MongoPersonalDataVault}) is tested on its own.
 */
public final class InMemoryVault implements PersonalDataVault {

    private final Map<String, List<SubjectId>> byEmail = new HashMap<>();
    private final Set<SubjectId> erased = new HashSet<>();
    private final Map<SubjectId, String> users = new HashMap<>();
    private int made;

    /** The subject the {@code n}-th call of {@link #newSubject} makes (from 1). */
    public static SubjectId subject(int n) {
        return new SubjectId("ds-test-%04d".formatted(n));
    }

    /** What {@link #seal} makes of {@code text} for {@code subject}. */
    public static Sealed sealed(SubjectId subject, String text) {
        return text == null ? null : new Sealed(subject,
                Base64.getUrlEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Override
    public SubjectId newSubject(String email) {
        var subject = subject(++made);
        if (email != null) {
            byEmail.computeIfAbsent(email.strip().toLowerCase(Locale.ROOT), key -> new ArrayList<>()).add(subject);
        }
        return subject;
    }

    @Override
    public List<SubjectId> subjectsByEmail(String email) {
        return byEmail.getOrDefault(email.strip().toLowerCase(Locale.ROOT), List.of()).stream()
                .filter(subject -> !erased.contains(subject)).toList();
    }

    @Override
    public SubjectId userSubject(String userName) {
        var subject = SubjectId.user("test" + userName.replaceAll("[^A-Za-z0-9]", "") + "00000000");
        users.putIfAbsent(subject, userName);
        return subject;
    }

    @Override
    public Optional<String> userName(SubjectId subject) {
        return erased.contains(subject) ? Optional.empty() : Optional.ofNullable(users.get(subject));
    }

    @Override
    public Sealed seal(SubjectId subject, String text) {
        if (erased.contains(subject)) {
            throw new IllegalStateException("data subject " + subject + " is erased");
        }
        return sealed(subject, text);
    }

    @Override
    public Optional<String> open(Sealed sealed) {
        return erased.contains(sealed.subject()) ? Optional.empty()
                : Optional.of(new String(Base64.getUrlDecoder().decode(sealed.ciphertext()), StandardCharsets.UTF_8));
    }

    @Override
    public boolean isErased(SubjectId subject) {
        return erased.contains(subject);
    }

    @Override
    public boolean erase(SubjectId subject) {
        return erased.add(subject);
    }
}
