package dev.talon.spring.simulator;

import java.util.List;

/**
 * A snapshot of an audience ({@code createAudienceV2}) and its members.
 *
 * @param id the audience's id
 * @param name its name
 * @param integrationId its id in a third-party platform, or {@code null}
 * @param members the integration ids of the profiles in it, in the order the profiles were created
 */
public record SimulatedAudience(long id, String name, String integrationId, List<String> members) {
}
