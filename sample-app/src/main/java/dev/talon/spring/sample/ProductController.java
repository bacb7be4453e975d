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
 * The shop's products, and a product page with the price after promotions. That price comes from a dry run of a
 * one-unit cart on a throw-away session, which Talon.One evaluates without storing anything; while Talon.One is slow
 * or down the page shows the list price (fail open).
 */
@RestController
class ProductController {

	private static final Log logger = LogFactory.getLog(ProductController.class);

	private final ProductCatalog catalog;

	private final TalonOne talon;

	ProductController(ProductCatalog catalog, TalonOne talon) {
		this.catalog = catalog;
		this.talon = talon;
	}

	@GetMapping("/products")
	List<Product> products() {
		return this.catalog.products();
	}

	@GetMapping("/products/{sku}")
	Mono<ProductView> product(@PathVariable String sku, @RequestParam(required = false) String customerId) {
		Product product = this.catalog.find(sku)
			.orElseThrow(() -> ShopException.notFound("The shop does not sell " + sku));
		String customer = (customerId == null || customerId.isBlank()) ? null : customerId.strip();
		return this.talon.preview(product, customer)
			.onErrorResume(TalonException.class, (ex) -> {
				logger.warn("Talon.One unavailable, product " + sku + " shown at its list price: " + ex.getMessage());
				return Mono.just(CartPromotions.UNAVAILABLE);
			})
			.map((promotions) -> ProductView.of(product, promotions));
	}

}
