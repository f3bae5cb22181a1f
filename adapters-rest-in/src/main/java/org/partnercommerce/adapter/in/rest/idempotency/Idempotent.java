package org.partnercommerce.adapter.in.rest.idempotency;

import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A resource method whose requests may carry an {@code Idempotency-Key}: a repeat is given the
 * first answer instead of doing the work again ({@link IdempotencyKeys}). The method answers with
 * a {@link jakarta.ws.rs.core.Response}, so that a repeat can be answered with the kept one, and
 * its use case tells its outcome through {@code Outcomes}, so that a success is kept with it.
 */
@InterceptorBinding
@Retention(RUNTIME)
@Target({METHOD, TYPE})
public @interface Idempotent {
}
