<?php
/**
 * Plugin Name: Kurv for WooCommerce
 * Description: Kurv sends the abandoned-checkout emails: this stops WooCommerce's own recovery email, loads kurv.js on the cart and checkout pages, records the checkout's marketing consent and the cart on each order, and tells WordPress's privacy eraser about Kurv.
 * Version: 0.1.0
 * Requires PHP: 7.4
 * Requires Plugins: woocommerce
 * License: MIT
 *
 * Install: copy this file and Kurv's docs/examples/kurv.js into wp-content/plugins/kurv/,
 * activate it, and fill in Settings > Kurv (`kurv connect woocommerce` prints the values).
 * The webhooks themselves are WooCommerce's own (Settings > Advanced > Webhooks).
 */

defined( 'ABSPATH' ) || exit;

const KURV_CONSENT_META = '_kurv_consent';        // "yes" or "no": read by Kurv's connector
const KURV_CART_META = '_kurv_cart_id';           // the cart kurv.js told, joined to the order
const KURV_UNPAID_CANCEL_META = '_kurv_unpaid_cancel'; // "yes": WooCommerce's own time limit
const KURV_CONSENT_FIELD = 'kurv_consent';        // the checkbox this plugin can show

// Kurv sends the series; WooCommerce core's one-off recovery email would be a second one.
add_filter( 'woocommerce_checkout_recovery_suppress', '__return_true' );

/** The settings: Kurv's URL and the shop's publishable key, from WordPress options. */
function kurv_settings(): array {
	return array(
		'url'           => rtrim( (string) get_option( 'kurv_url', '' ), '/' ),
		'key'           => (string) get_option( 'kurv_publishable_key', '' ),
		// The checkout's marketing checkbox: this plugin's own, or another plugin's field.
		'ask_consent'   => 'yes' === get_option( 'kurv_ask_consent', 'no' ),
		'consent_field' => (string) get_option( 'kurv_consent_field', '' ) ?: KURV_CONSENT_FIELD,
	);
}

/** One id per customer's cart, made here (never taken from the browser), kept in the session. */
function kurv_cart_id(): string {
	if ( ! function_exists( 'WC' ) || ! WC()->session ) {
		return '';
	}
	$id = (string) WC()->session->get( 'kurv_cart_id', '' );
	if ( ! preg_match( '/^kwc-[0-9a-f]{32}$/', $id ) ) {
		$id = 'kwc-' . bin2hex( random_bytes( 16 ) );
		WC()->session->set( 'kurv_cart_id', $id );
	}
	return $id;
}

/** The cart as kurv.js's cart.updated takes it: prices as the customer sees them. */
function kurv_cart_items(): array {
	$items = array();
	foreach ( WC()->cart->get_cart() as $line ) {
		$product = $line['data'];
		$quantity = (int) $line['quantity'];
		if ( ! $product || $quantity < 1 ) {
			continue;
		}
		$sku = (string) $product->get_sku();
		$image = wp_get_attachment_image_url( $product->get_image_id(), 'woocommerce_thumbnail' );
		$items[] = array_filter(
			array(
				'sku'        => '' !== $sku && ! preg_match( '/\s/', $sku ) ? $sku : 'woo-' . $product->get_id(),
				'name'       => wp_strip_all_tags( html_entity_decode( $product->get_name() ) ),
				'quantity'   => $quantity,
				'unit_price' => number_format( (float) wc_get_price_to_display( $product ), 2, '.', '' ),
				'image_url'  => $image ? $image : null,
			),
			static fn( $value ) => null !== $value
		);
	}
	return array_slice( $items, 0, 100 );
}

add_action( 'wp_enqueue_scripts', 'kurv_enqueue' );
/** kurv.js on the cart and checkout pages: the cart, then the address once it is typed. */
function kurv_enqueue(): void {
	$settings = kurv_settings();
	if ( '' === $settings['url'] || '' === $settings['key'] || ! ( is_cart() || is_checkout() ) ) {
		return;
	}
	$cart_id = kurv_cart_id();
	if ( '' === $cart_id ) {
		return;
	}
	wp_enqueue_script( 'kurv', plugins_url( 'kurv.js', __FILE__ ), array(), '0.1.0', true );
	$config = array(
		'endpoint'     => $settings['url'] . '/v1/events',
		'key'          => $settings['key'],
		'cartId'       => $cart_id,
		'items'        => kurv_cart_items(),
		'currency'     => get_woocommerce_currency(),
		'consentField' => $settings['consent_field'],
	);
	$json = wp_json_encode( $config, JSON_HEX_TAG | JSON_HEX_AMP | JSON_HEX_APOS | JSON_HEX_QUOT );
	$script = 'var kurvConfig = ' . $json . ';' . <<<'JS'
(function (c) {
  if (!window.Kurv) return;
  var kurv = window.Kurv.init({ endpoint: c.endpoint, key: c.key });
  if (c.items.length) kurv.cart(c.cartId, c.items, c.currency);
  document.addEventListener("change", function (event) {
    var field = event.target;
    if (!field || field.type !== "email" || !field.value) return;
    var box = document.querySelector('[name="' + c.consentField + '"]');
    var name = document.querySelector('[name="billing_first_name"]');
    kurv.contact(c.cartId, field.value, {
      consent: Boolean(box && box.checked),
      firstName: name && name.value ? name.value : undefined,
    });
  });
})(kurvConfig);
JS;
	wp_add_inline_script( 'kurv', $script, 'after' );
}

add_action( 'woocommerce_review_order_before_submit', 'kurv_consent_checkbox' );
/** The marketing checkbox (classic checkout), when the shop asks for consent through Kurv. */
function kurv_consent_checkbox(): void {
	$settings = kurv_settings();
	if ( ! $settings['ask_consent'] || KURV_CONSENT_FIELD !== $settings['consent_field'] ) {
		return;
	}
	echo '<p class="form-row kurv-consent"><label class="woocommerce-form__label checkbox">'
		. '<input type="checkbox" class="input-checkbox" name="' . esc_attr( KURV_CONSENT_FIELD ) . '" value="yes" /> '
		. esc_html__( 'Email me a reminder if I do not finish my order', 'kurv' )
		. '</label></p>';
}

add_action( 'woocommerce_checkout_create_order', 'kurv_note_checkout', 10, 2 );
/** Classic checkout: the consent the shop's checkbox gave, and the cart kurv.js told. */
function kurv_note_checkout( $order, $data = array() ): void {
	$settings = kurv_settings();
	// phpcs:ignore WordPress.Security.NonceVerification.Missing -- WooCommerce checked the checkout's nonce.
	$given = isset( $_POST[ $settings['consent_field'] ] ) && '' !== $_POST[ $settings['consent_field'] ];
	// Only where the checkout shows a checkbox: Kurv's own, or the shop's named field.
	if ( $settings['ask_consent'] || KURV_CONSENT_FIELD !== $settings['consent_field'] ) {
		$order->update_meta_data( KURV_CONSENT_META, $given ? 'yes' : 'no' );
	}
	kurv_note_cart( $order );
}

add_action( 'woocommerce_store_api_checkout_update_order_meta', 'kurv_note_cart' );
/** Either checkout: the order is the cart kurv.js told (one cart in Kurv, not two). */
function kurv_note_cart( $order ): void {
	$cart_id = kurv_cart_id();
	if ( '' !== $cart_id ) {
		$order->update_meta_data( KURV_CART_META, $cart_id );
	}
}

add_filter( 'woocommerce_cancel_unpaid_order', 'kurv_mark_unpaid_cancel', 999, 2 );
/**
 * WooCommerce cancels unpaid checkout orders after "Hold stock (minutes)". The customer did
 * not choose that: marked, Kurv keeps the cart's emails going (a cancel the customer or the
 * shop makes ends them). update_status() saves the mark with the status.
 */
function kurv_mark_unpaid_cancel( $cancel, $order ) {
	if ( $cancel && $order ) {
		$order->update_meta_data( KURV_UNPAID_CANCEL_META, 'yes' );
	}
	return $cancel;
}

add_filter( 'woocommerce_valid_order_statuses_for_payment', 'kurv_payable_after_time_limit', 10, 2 );
/** An order cancelled only by that time limit can still be paid from the email's link. */
function kurv_payable_after_time_limit( $statuses, $order = null ) {
	if ( $order && 'yes' === $order->get_meta( KURV_UNPAID_CANCEL_META ) ) {
		$statuses[] = 'cancelled';
	}
	return $statuses;
}

add_filter( 'wp_privacy_personal_data_erasers', 'kurv_register_eraser' );
/** Tools > Erase Personal Data: Kurv holds carts and replies this plugin cannot erase. */
function kurv_register_eraser( array $erasers ): array {
	$erasers['kurv'] = array(
		'eraser_friendly_name' => __( 'Kurv (abandoned-checkout emails)', 'kurv' ),
		'callback'             => 'kurv_erase',
	);
	return $erasers;
}

/**
 * Kurv's API has no erasure endpoint: the shop's Kurv operator erases with its command line.
 * Said plainly rather than claimed: nothing is removed here, and the data is kept until then
 * (or until the shop's retention, 30 days by default, has passed).
 */
function kurv_erase( string $email, int $page = 1 ): array {
	$shop = (string) get_option( 'kurv_shop_id', '<shop id>' );
	return array(
		'items_removed'  => false,
		'items_retained' => true,
		'messages'       => array(
			sprintf(
				/* translators: the command to run */
				__( 'Kurv may still hold this person\'s carts and replies. Erase them with: %s', 'kurv' ),
				'kurv forget --shop ' . $shop . ' --email ' . $email
			),
		),
		'done'           => true,
	);
}

add_action( 'admin_init', 'kurv_register_settings' );
function kurv_register_settings(): void {
	foreach ( array( 'kurv_url', 'kurv_publishable_key', 'kurv_shop_id', 'kurv_ask_consent', 'kurv_consent_field' ) as $option ) {
		register_setting( 'kurv', $option, array( 'type' => 'string', 'sanitize_callback' => 'sanitize_text_field' ) );
	}
}

add_action( 'admin_menu', 'kurv_settings_menu' );
function kurv_settings_menu(): void {
	add_options_page( 'Kurv', 'Kurv', 'manage_options', 'kurv', 'kurv_settings_page' );
}

function kurv_settings_page(): void {
	$fields = array(
		'kurv_url'             => __( 'Kurv URL (the stack\'s ApiUrl)', 'kurv' ),
		'kurv_publishable_key' => __( 'Publishable key (kpk_...)', 'kurv' ),
		'kurv_shop_id'         => __( 'Shop id in Kurv', 'kurv' ),
		'kurv_ask_consent'     => __( 'Show Kurv\'s consent checkbox at checkout (yes or no)', 'kurv' ),
		'kurv_consent_field'   => __( 'Or: the checkout field of your own marketing checkbox', 'kurv' ),
	);
	echo '<div class="wrap"><h1>Kurv</h1><form method="post" action="options.php">';
	settings_fields( 'kurv' );
	echo '<table class="form-table">';
	foreach ( $fields as $option => $label ) {
		printf(
			'<tr><th><label for="%1$s">%2$s</label></th><td><input class="regular-text" id="%1$s" name="%1$s" value="%3$s" /></td></tr>',
			esc_attr( $option ),
			esc_html( $label ),
			esc_attr( (string) get_option( $option, '' ) )
		);
	}
	echo '</table>';
	submit_button();
	echo '</form></div>';
}
