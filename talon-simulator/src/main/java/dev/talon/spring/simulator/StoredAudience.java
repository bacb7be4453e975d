package dev.talon.spring.simulator;

import java.time.Instant;
import java.util.List;

/**
 * An audience ({@code createAudienceV2}); its members are the profiles whose
 * {@link StoredProfile#audiences audiences} name it.
 */
final class StoredAudience {

	final long id;

	final Instant created;

	/** The audience's integration id in a third-party platform, or {@code null}. */
	final String integrationId;

	/** The third-party platform, such as {@code mparticle}, or {@code null}. */
	final String integration;

	final String description;

	final Boolean sandbox;

	final Boolean createdIn3rdParty;

	String name;

	/** The Applications subscribed to it, or {@code null} when none were given. */
	List<Long> subscribedApplicationsIds;

	/** The last time its memberships changed, or {@code null}. */
	Instant lastUpdate;

	StoredAudience(long id, Instant created, String name, String integrationId, String integration,
			String description, Boolean sandbox, Boolean createdIn3rdParty) {
		this.id = id;
		this.created = created;
		this.name = name;
		this.integrationId = integrationId;
		this.integration = integration;
		this.description = description;
		this.sandbox = sandbox;
		this.createdIn3rdParty = createdIn3rdParty;
	}

}
