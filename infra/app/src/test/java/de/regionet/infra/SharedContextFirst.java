package de.regionet.infra;

import org.junit.jupiter.api.ClassDescriptor;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.ClassOrdererContext;

import java.util.Comparator;

/**
 * Runs the {@link RegioNetTest} classes first and back to back, the others after them in their usual order. The
 * shared application then serves its tests while it is fresh, instead of idling in the context cache while a
 * score of other applications start, run and compete for the same two cores.
 */
public final class SharedContextFirst implements ClassOrderer {

    @Override
    public void orderClasses(ClassOrdererContext context) {
        context.getClassDescriptors().sort(Comparator.comparingInt(SharedContextFirst::rank));
    }

    private static int rank(ClassDescriptor test) {
        return test.isAnnotated(RegioNetTest.class) ? 0 : 1;
    }
}
