package org.parley.system.it;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Arrays;

/** Calls methods of objects whose classes live in a bundle's class loader. */
final class Reflect {

    private Reflect() {
    }

    /** Calls the public method of that name and arity; a ProblemException thrown by it comes back as a Problem. */
    static Object call(Object target, String name, Object... args) {
        Method method = Arrays.stream(target.getClass().getMethods())
                .filter(m -> m.getName().equals(name) && m.getParameterCount() == args.length).findFirst()
                .orElseThrow(() -> new AssertionError(target.getClass() + " has no method " + name));
        try {
            method.setAccessible(true);
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (cause.getClass().getName().equals("org.parley.api.rest.ProblemException")) {
                throw new Problem((int) call(cause, "status"), (String) call(cause, "field"), cause.getMessage());
            }
            throw new AssertionError(name + " failed", cause);
        } catch (IllegalAccessException e) {
            throw new AssertionError(e);
        }
    }

    /** A ProblemException raised inside the framework. */
    static final class Problem extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final int status;
        final String field;

        Problem(int status, String field, String detail) {
            super(status + " " + detail);
            this.status = status;
            this.field = field;
        }
    }
}
