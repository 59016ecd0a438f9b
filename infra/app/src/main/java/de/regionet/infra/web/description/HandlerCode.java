package de.regionet.infra.web.description;

import org.springframework.asm.ClassReader;
import org.springframework.asm.ClassVisitor;
import org.springframework.asm.Handle;
import org.springframework.asm.MethodVisitor;
import org.springframework.asm.Opcodes;
import org.springframework.asm.Type;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a controller method calls, read from its compiled code together with the lambdas it creates and the methods
 * it calls in its own class (a creation runs inside {@code IdempotentCreation.run(…, () -> …)}): which of the command
 * edge's answers it gives ({@code CommandAnswer.created}, {@code ok}, {@code done}), whether it insists on
 * {@code If-Match} ({@code IfMatch.required}), sends an {@code ETag} or answers {@code 202 Accepted}. So the document
 * says what the code does, not what a list beside it claims.
 *
 * @param calls the methods called, as {@code SimpleClassName.method}
 */
record HandlerCode(Set<String> calls) {

    static HandlerCode of(Method handler) {
        var type = handler.getDeclaringClass();
        var methods = methodsOf(type);
        var calls = new TreeSet<String>();
        var seen = new HashSet<String>();
        var pending = new ArrayDeque<String>();
        pending.add(handler.getName() + Type.getMethodDescriptor(handler));
        while (!pending.isEmpty()) {
            var key = pending.poll();
            if (!seen.add(key) || !methods.containsKey(key)) {
                continue;
            }
            var found = methods.get(key);
            calls.addAll(found.calls);
            pending.addAll(found.lambdas);
        }
        return new HandlerCode(calls);
    }

    boolean calls(String simpleClassAndMethod) {
        return calls.contains(simpleClassAndMethod);
    }

    /** What one method calls, and the methods of its own class it calls or makes lambdas of. */
    private record Found(Set<String> calls, Set<String> lambdas) {
    }

    private static Map<String, Found> methodsOf(Class<?> type) {
        var resource = type.getName().replace('.', '/') + ".class";
        try (var bytes = type.getClassLoader().getResourceAsStream(resource)) {
            if (bytes == null) {
                return Map.of();
            }
            var methods = new HashMap<String, Found>();
            var owner = Type.getInternalName(type);
            new ClassReader(bytes).accept(new ClassVisitor(Opcodes.ASM9) {
                @Override
                public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                                                 String[] exceptions) {
                    var found = new Found(new HashSet<>(), new HashSet<>());
                    methods.put(name + descriptor, found);
                    return new MethodVisitor(Opcodes.ASM9) {
                        @Override
                        public void visitMethodInsn(int opcode, String callee, String method, String desc,
                                                    boolean isInterface) {
                            found.calls.add(callee.substring(callee.lastIndexOf('/') + 1) + "." + method);
                            if (callee.equals(owner)) {
                                found.lambdas.add(method + desc);
                            }
                        }

                        @Override
                        public void visitInvokeDynamicInsn(String name, String desc, Handle bootstrap,
                                                           Object... arguments) {
                            for (var argument : arguments) {
                                if (argument instanceof Handle lambda && lambda.getOwner().equals(owner)) {
                                    found.lambdas.add(lambda.getName() + lambda.getDesc());
                                }
                            }
                        }
                    };
                }
            }, ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
            return methods;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
