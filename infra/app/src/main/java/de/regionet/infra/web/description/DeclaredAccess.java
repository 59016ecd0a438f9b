package de.regionet.infra.web.description;

import de.regionet.command.edge.Sends;
import de.regionet.kernel.access.ReadableBy;
import de.regionet.kernel.access.Role;
import de.regionet.kernel.access.SentBy;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.method.HandlerMethod;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Who may call an endpoint, as its code declares it and as {@code DeclaredReadAccess} enforces it: a read names its
 * audience ({@link ReadableBy}), a change the commands it sends ({@link Sends}), each naming its senders
 * ({@link SentBy}). Empty for an endpoint that declares neither (the token endpoint, which checks HTTP Basic itself).
 *
 * @param anyone   whether a caller who is not signed in may call it
 * @param signedIn whether any signed-in principal may call it, whatever its role
 * @param roles    the roles that may call it otherwise
 */
record DeclaredAccess(boolean anyone, boolean signedIn, Set<Role> roles) {

    /** What {@code x-roles} says of an endpoint anyone may call. */
    static final String ANYONE = "ANYONE";
    /** What {@code x-roles} says of an endpoint every signed-in principal may call. */
    static final String SIGNED_IN = "SIGNED_IN";

    static Optional<DeclaredAccess> of(HandlerMethod handler) {
        var sends = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), Sends.class);
        if (sends != null) {
            var declared = Arrays.stream(sends.value()).map(type -> type.getAnnotation(SentBy.class))
                    .filter(Objects::nonNull).toList();
            var roles = EnumSet.noneOf(Role.class);
            declared.forEach(sentBy -> roles.addAll(List.of(sentBy.value())));
            return Optional.of(new DeclaredAccess(declared.stream().anyMatch(SentBy::anyone), false, roles));
        }
        var readable = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), ReadableBy.class);
        if (readable == null) {
            readable = AnnotatedElementUtils.findMergedAnnotation(handler.getBeanType(), ReadableBy.class);
        }
        if (readable == null) {
            return Optional.empty();
        }
        return Optional.of(switch (readable.value()) {
            case PUBLIC -> new DeclaredAccess(true, false, EnumSet.noneOf(Role.class));
            case NETWORK -> new DeclaredAccess(false, true, EnumSet.noneOf(Role.class));
            case ROLES -> new DeclaredAccess(false, false, EnumSet.copyOf(List.of(readable.roles())));
        });
    }

    /** What {@link #names()} said. */
    static DeclaredAccess ofNames(List<String> names) {
        var roles = EnumSet.noneOf(Role.class);
        names.stream().filter(name -> !name.equals(ANYONE) && !name.equals(SIGNED_IN)).map(Role::valueOf)
                .forEach(roles::add);
        return new DeclaredAccess(names.contains(ANYONE), names.contains(SIGNED_IN), roles);
    }

    /** Who may call one of two mappings of an operation. */
    DeclaredAccess and(DeclaredAccess other) {
        var both = EnumSet.noneOf(Role.class);
        both.addAll(roles);
        both.addAll(other.roles);
        return new DeclaredAccess(anyone || other.anyone, signedIn || other.signedIn, both);
    }

    /** The value of {@code x-roles}: the roles by name, or {@value #ANYONE} / {@value #SIGNED_IN} before them. */
    List<String> names() {
        var names = new java.util.ArrayList<String>();
        if (anyone) {
            names.add(ANYONE);
        }
        if (signedIn) {
            names.add(SIGNED_IN);
        }
        roles.stream().sorted().map(Role::name).forEach(names::add);
        return names;
    }

    /** The sentence the operation's description starts with. */
    String sentence(boolean reads) {
        var verb = reads ? "read" : "send";
        if (anyone && roles.isEmpty()) {
            return "Public: anyone may " + verb + " this, signed in or not.";
        }
        if (signedIn) {
            return "Signed in: every signed-in principal may " + verb + " this, whatever its role.";
        }
        var listed = String.join(", ", roles.stream().sorted().map(Role::name).toList());
        var sentence = "Roles: " + listed + (anyone ? "; also anyone not signed in, with the proof the request "
                + "carries." : ".");
        if (!reads && roles.contains(Role.REGIONAL_COORDINATOR)) {
            sentence += " A regional coordinator acts only for the regions it holds; that is judged on the command, "
                    + "whatever the path names.";
        }
        return sentence;
    }

    boolean needsSignIn() {
        return !anyone;
    }
}
