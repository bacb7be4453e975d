package dev.talon.spring.autoconfigure;

import java.util.HashSet;
import java.util.Set;
import java.util.function.Function;

/**
 * Settings that inherit what they do not set from a parent of the same kind. Each setter records that its
 * property is set; each getter answers the own value when set here or when there is no parent, else the parent's.
 *
 * @param <S> the type of the settings
 */
abstract class InheritingProperties<S extends InheritingProperties<S>> {

	/** The properties set here, by their names below the prefix, such as {@code max-attempts}. */
	private final Set<String> assigned = new HashSet<>();

	private S parent;

	/**
	 * Inherits what these settings do not set from the given ones.
	 * @param parent the settings to inherit from
	 */
	void inheritFrom(S parent) {
		this.parent = parent;
	}

	/**
	 * Records that a property is set here.
	 * @param name its name below the prefix
	 */
	final void assigned(String name) {
		this.assigned.add(name);
	}

	/**
	 * Whether a property is set here.
	 * @param name its name below the prefix
	 * @return {@code true} when set here
	 */
	boolean declares(String name) {
		return this.assigned.contains(name);
	}

	/**
	 * The value of a property: the own value when set here or when nothing is inherited, else the parent's.
	 * @param <V> the type of the value
	 * @param name its name below the prefix
	 * @param own the own value
	 * @param getter the getter of the value on the parent
	 * @return the value
	 */
	final <V> V inherited(String name, V own, Function<S, V> getter) {
		return (this.parent == null || this.assigned.contains(name)) ? own : getter.apply(this.parent);
	}

}
