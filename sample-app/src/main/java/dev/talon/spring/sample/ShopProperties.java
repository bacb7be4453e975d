package dev.talon.spring.sample;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The shop's own settings ({@code shop.*}).
 *
 * @param referralCampaignId the Talon.One referral campaign whose codes customers get to share; 5 is the simulator's
 * default referral campaign
 * @param loyaltyProgramId the Talon.One loyalty program whose points orders earn and customers see; 1 is the
 * simulator's "Coffee points"
 */
@ConfigurationProperties("shop")
public record ShopProperties(@DefaultValue("5") long referralCampaignId, @DefaultValue("1") long loyaltyProgramId) {
}
