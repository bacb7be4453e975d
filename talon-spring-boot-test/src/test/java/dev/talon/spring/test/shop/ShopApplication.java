package dev.talon.spring.test.shop;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A small shop whose carts get their promotions from Talon.One, as a user of the starter would write it: what the
 * tests of the test support run against.
 */
@SpringBootApplication
public class ShopApplication {

}
