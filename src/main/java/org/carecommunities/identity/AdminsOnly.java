package org.carecommunities.identity;

import jakarta.ws.rs.NameBinding;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A resource method only admins reach, checked before its request body is read: an upload (a whole directory's
 * feed) is not parsed for anyone else. The method still asks {@link Authorisation} itself; this only makes the
 * refusal come first.
 */
@NameBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface AdminsOnly {
}
