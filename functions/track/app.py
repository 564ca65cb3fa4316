"""track: the one HTTPS endpoint shops talk to, and the links customers click.

POST /v1/events -> kurv.track.tracking.Tracker.handle -> kurv.track.cart_store (one
                   UpdateItem per event)
POST /v1/woocommerce/{shop_id} -> kurv.track.woocommerce_desk.WooCommerceDesk (a WooCommerce
                   order webhook, read into Kurv's events and applied as the shop)
GET|HEAD /r/{token} -> kurv.track.customer_links.LinkDesk.restore (record a person's click,
                   not a scanner's visit; 302 to the shop's cart)
GET|POST /u/{token} -> kurv.track.customer_links.LinkDesk (opt-out page, one-click opt-out,
                   RFC 8058)
POST /v1/shopify/{shop_id} -> kurv.track.shopify_desk.ShopifyDesk.receive (a Shopify webhook,
                   read into Kurv's events and applied through the tracker)
"""

from __future__ import annotations

from typing import Annotated, Any

from aws_lambda_powertools.event_handler import APIGatewayHttpResolver, Response
from aws_lambda_powertools.event_handler.openapi.params import Body
from aws_lambda_powertools.utilities.typing import LambdaContext

from kurv.core.aws import dynamodb_client, secretsmanager_client, sqs_client
from kurv.core.clock import SystemClock
from kurv.core.errors import Forbidden, InternalError, KurvError, NotFound, ShopConfigError
from kurv.core.observability import Metric, count, logger, metrics
from kurv.core.privacy import PrivacyQueue
from kurv.track import api_spec
from kurv.track.auth import normalized_origin
from kurv.track.customer_links import LinkDesk, Page
from kurv.track.http import (
    error_response,
    html_response,
    json_response,
    lower_headers,
    preflight_response,
    raw_body,
    redirect_response,
)
from kurv.track.shopify_desk import ShopifyDesk
from kurv.track.tracking import Tracker
from kurv.track.visits import Visit
from kurv.wiring import (
    Lazy,
    build_link_desk,
    build_privacy_queue,
    build_shopify_desk,
    build_tracker,
    build_woocommerce_desk,
    load_settings,
)

app = APIGatewayHttpResolver()
tracker: Lazy[Tracker] = Lazy(
    lambda: build_tracker(
        load_settings(), SystemClock(), dynamodb_client(), secretsmanager_client()
    )
)
links: Lazy[LinkDesk] = Lazy(lambda: build_link_desk(SystemClock(), tracker.get()))
privacy_queue: Lazy[PrivacyQueue] = Lazy(lambda: build_privacy_queue(load_settings(), sqs_client()))
shopify: Lazy[ShopifyDesk] = Lazy(lambda: build_shopify_desk(tracker.get(), privacy_queue.get))


@app.post(
    "/v1/events",
    summary="Tell Kurv about a checkout",
    description=api_spec.POST_EVENTS_DESCRIPTION,
    responses=api_spec.responses(),
    security=api_spec.SECURITY,
    operation_id="postEvents",
    tags=["events"],
)
def post_events(
    # For openapi.json only: validation is off, so Powertools passes nothing here. The
    # tracker reads the raw bytes (the signature covers them) and checks each event alone.
    body: Annotated[
        api_spec.OneEvent | api_spec.EventBatch | None,
        Body(openapi_examples=api_spec.REQUEST_EXAMPLES),
    ] = None,
) -> Response[str]:
    event = app.current_event
    answer = tracker.get().handle(lower_headers(event), raw_body(event))
    return json_response(answer.status, answer.body, cors_origin=answer.cors_origin)


@app.post("/v1/shopify/<shop_id>", include_in_schema=False)
def post_shopify(shop_id: str) -> Response[str]:
    # Shopify's contract, not Kurv's: docs/api.md and docs/guide.md ("Shopify") tell it.
    event = app.current_event
    answer = shopify.get().receive(shop_id, lower_headers(event), raw_body(event))
    return json_response(answer.status, answer.body)


@app.route(
    "/v1/events",
    method="OPTIONS",
    summary="CORS preflight for the storefront",
    responses={
        204: {"description": "an Origin some shop allows: the CORS headers"},
        403: {
            "description": "no shop allows this Origin",
            "content": {"application/json": {"model": api_spec.ErrorAnswer}},
        },
    },
    operation_id="preflightEvents",
    tags=["events"],
)
def preflight() -> Response[str]:
    # A preflight carries no Kurv-Key, so any shop's allowed origin may ask; the POST
    # itself is answered with CORS headers only for the key's own shop.
    origin = normalized_origin(lower_headers(app.current_event).get("origin"))
    if origin is None or origin not in tracker.get().shops.allowed_origins():
        raise Forbidden("no shop allows this Origin", field="Origin", code="origin_not_allowed")
    return preflight_response(origin)


# WooCommerce's contract, not Kurv's: docs/api.md and the guide describe it, openapi.json not.
@app.post("/v1/woocommerce/<shop_id>", include_in_schema=False)
def post_woocommerce(shop_id: str) -> Response[str]:
    event = app.current_event
    # A desk over the tracker (a plain value, built per request): it shares its stores.
    desk = build_woocommerce_desk(tracker.get())
    answer = desk.handle(shop_id, lower_headers(event), raw_body(event))
    return json_response(answer.status, answer.body)


@app.route("/r/<token>", method=["GET", "HEAD"], include_in_schema=False)
def restore(token: str) -> Response[str]:
    event = app.current_event
    visit = Visit.of(event.http_method, lower_headers(event))
    return _page(links.get().restore(token, visit=visit))


@app.get("/u/<token>", include_in_schema=False)
def opt_out_page(token: str) -> Response[str]:
    return _page(links.get().unsubscribe_page(token, action=app.current_event.raw_path))


@app.post("/u/<token>", include_in_schema=False)
def opt_out(token: str) -> Response[str]:
    return _page(links.get().unsubscribe(token))


def _page(page: Page) -> Response[str]:
    if page.location:
        return redirect_response(page.location)
    return html_response(page.status, page.html)


@app.not_found
def not_found(_: Exception) -> Response[str]:
    return error_response(
        NotFound("no such route; shops post events to /v1/events", code="not_found")
    )


@app.exception_handler(KurvError)
def kurv_error(error: KurvError) -> Response[str]:
    if error.status == 401:
        count(Metric.REQUESTS_UNAUTHENTICATED)
    return error_response(error)


@app.exception_handler(ShopConfigError)
def shop_config_error(error: ShopConfigError) -> Response[str]:
    logger.error("shop configuration unusable", extra={"problem": str(error)})
    return error_response(
        InternalError(
            "this shop's settings are not usable; "
            "the merchant can fix them with `kurv shop update`",
            code="shop_misconfigured",
        )
    )


@app.exception_handler(Exception)
def unexpected_error(error: Exception) -> Response[str]:
    # Our fault or AWS's, never the caller's input: no stack trace leaves the function.
    logger.exception("unexpected error", extra={"error_type": type(error).__name__})
    return error_response(InternalError("something went wrong on our side; retry later"))


@logger.inject_lambda_context(clear_state=True)
@metrics.log_metrics
def handler(event: dict[str, Any], context: LambdaContext) -> dict[str, Any]:
    return app.resolve(event, context)
