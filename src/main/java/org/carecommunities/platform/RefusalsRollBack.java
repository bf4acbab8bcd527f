package org.carecommunities.platform;

import jakarta.interceptor.InterceptorBinding;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A facade call that comes to a refusal writes nothing: a {@link org.carecommunities.platform.Refused} thrown inside
 * it (by an entity, say) becomes its refused outcome, and when the outermost facade call of a transaction returns a
 * refused outcome, the transaction is rolled back, whatever was written before the refusal was found. Every
 * {@code @Transactional} facade carries it beside that annotation, and {@code ArchitectureTest} fails one that
 * does not.
 */
@InterceptorBinding
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface RefusalsRollBack {
}
