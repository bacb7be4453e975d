package dev.talon.spring.sample;

import java.util.List;

import dev.talon.spring.client.TalonException;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import reactor.core.publisher.Mono;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The shop's products in a market's currency, and a product page with the price after the market's promotions. That
 * price comes from a dry run of a one-unit cart on a throw-away session in the market's Talon.One Application, which
 * evaluates it without storing anything; while that Application is slow or down the page shows the list price (fail
 * open). Both take the market as {@code ?market=uk}, the default market without.
 */
@RestController
class ProductController {

	private static final Log logger = LogFactory.getLog(ProductController.class);

	private final ProductCatalog catalog;

	private final TalonOne talon;

	private final Markets markets;

	ProductController(ProductCatalog catalog, TalonOne talon, Markets markets) {
		this.catalog = catalog;
		this.talon = talon;
		this.markets = markets;
	}

	@GetMapping("/products")
	List<Product> products(@RequestParam(required = false) String market) {
		return this.catalog.products(this.markets.get(market).currency());
	}

	@GetMapping("/products/{sku}")
	Mono<ProductView> product(@PathVariable String sku, @RequestParam(required = false) String customerId,
			@RequestParam(required = false) String market) {
		Market shown = this.markets.get(market);
		Product product = this.catalog.find(sku, shown.currency())
			.orElseThrow(() -> ShopException.notFound("The shop does not sell " + sku));
		// no customer (or an empty one from a form) is an anonymous visitor; any other id is checked like everywhere
		String customer = (customerId == null || customerId.isBlank()) ? null
				: AccountController.customerId(customerId);
		return this.talon.preview(product, shown, customer)
			.onErrorResume(TalonException.class, (ex) -> {
				logger.warn("Talon.One unavailable, product " + sku + " shown at its list price: " + ex.getMessage());
				return Mono.just(CartPromotions.UNAVAILABLE);
			})
			.map((promotions) -> ProductView.of(product, shown, promotions));
	}

}
