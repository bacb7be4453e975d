package dev.talon.spring.sample;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The shop's own settings ({@code shop.*}).
 *
 * @param referralCampaignId the Talon.One referral campaign whose codes customers get to share; 5 is the simulator's
 * default referral campaign
 */
@ConfigurationProperties("shop")
public record ShopProperties(@DefaultValue("5") long referralCampaignId) {
}
