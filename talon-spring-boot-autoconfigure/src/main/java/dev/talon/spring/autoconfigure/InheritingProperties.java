package dev.talon.spring.autoconfigure;

import java.util.HashSet;
import java.util.Set;

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
	 * Whether a property takes its value from the parent: it is not set here and there is a parent. A getter answers
	 * {@code inherits(name) ? parent().getX() : this.x} rather than passing a getter of the parent as a function: the
	 * getters run at every context refresh, and each method reference would cost a class of its own there.
	 * @param name its name below the prefix
	 * @return {@code true} when the parent's value applies
	 */
	final boolean inherits(String name) {
		return this.parent != null && !this.assigned.contains(name);
	}

	/**
	 * The settings inherited from.
	 * @return the parent, {@code null} when there is none (then {@link #inherits} is {@code false})
	 */
	final S parent() {
		return this.parent;
	}

}
