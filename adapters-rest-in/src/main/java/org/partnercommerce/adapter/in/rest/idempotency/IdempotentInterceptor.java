package org.partnercommerce.adapter.in.rest.idempotency;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import java.lang.annotation.Annotation;
import java.lang.reflect.Parameter;
import java.util.Arrays;

/** Runs each method marked {@link Idempotent} through {@link IdempotencyKeys#answerOnce}, with the body it was given. */
@Idempotent
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class IdempotentInterceptor {

    private final IdempotencyKeys keys;

    @Inject
    IdempotentInterceptor(IdempotencyKeys keys) {
        this.keys = keys;
    }

    @AroundInvoke
    Object answerOnce(InvocationContext invocation) throws Exception {
        return keys.answerOnce(bodyOf(invocation), invocation::proceed);
    }

    /** The request's body as read: the one parameter JAX-RS binds to nothing else; an empty text if there is none. */
    private static Object bodyOf(InvocationContext invocation) {
        Parameter[] parameters = invocation.getMethod().getParameters();
        for (int i = 0; i < parameters.length; i++) {
            if (Arrays.stream(parameters[i].getAnnotations()).noneMatch(IdempotentInterceptor::bindsAParameter)) {
                return invocation.getParameters()[i];
            }
        }
        return "";
    }

    private static boolean bindsAParameter(Annotation annotation) {
        String name = annotation.annotationType().getName();
        return name.startsWith("jakarta.ws.rs.") || name.startsWith("org.jboss.resteasy.reactive.");
    }
}
