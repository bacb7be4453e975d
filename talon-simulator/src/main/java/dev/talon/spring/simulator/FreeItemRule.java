package dev.talon.spring.simulator;

/**
 * A free item for every cart that contains a given SKU: {@code addFreeItem(freeItemName, freeSku, label)}, one unit
 * per cart. The shop adds the item at no cost; it is not one of the cart items the shop sends.
 *
 * @param campaignId the campaign id, positive
 * @param triggerSku the SKU whose presence in the cart earns the free item
 * @param freeSku the SKU of the free item
 * @param freeItemName the name of the free item (the effect's first argument)
 * @param label the label of the free item
 */
public record FreeItemRule(long campaignId, String triggerSku, String freeSku, String freeItemName, String label)
		implements PromotionRule {

	/**
	 * Checks the arguments.
	 * @param campaignId the campaign id, positive
	 * @param triggerSku the SKU whose presence in the cart earns the free item
	 * @param freeSku the SKU of the free item
	 * @param freeItemName the name of the free item (the effect's first argument)
	 * @param label the label of the free item
	 * @throws IllegalArgumentException when one is missing
	 */
	public FreeItemRule {
		RuleChecks.campaignId(campaignId);
		RuleChecks.notBlank(triggerSku, "triggerSku");
		RuleChecks.notBlank(freeSku, "freeSku");
		RuleChecks.notBlank(freeItemName, "freeItemName");
		RuleChecks.notBlank(label, "label");
	}

	@Override
	public String describe() {
		return "campaign " + this.campaignId + ": a free " + this.freeSku + " (" + this.freeItemName
				+ ") with every cart containing " + this.triggerSku + ", labelled \"" + this.label + "\"";
	}

}
