"""The local stack's API Gateway routes the track function's requests as template.yaml
does: a route added to one (Shopify's, say) and not the other fails here."""

from __future__ import annotations

from kurv_tools.building.template import load_template
from kurv_tools.local.apigw import http_event


def test_each_route_of_the_track_function_reaches_it_locally_with_its_parameter() -> None:
    events = load_template()["Resources"]["TrackFunction"]["Properties"]["Events"]
    routes = [
        (event["Properties"]["Method"], event["Properties"]["Path"]) for event in events.values()
    ]

    for method, path in routes:
        concrete = path.replace("{token}", "tok-1").replace("{shop_id}", "nordlys")
        event = http_event(method, concrete)

        assert event["routeKey"] == f"{method} {path}"
        if "{" in path:
            name = path[path.index("{") + 1 : path.index("}")]
            assert event["pathParameters"] == {name: concrete.rsplit("/", 1)[1]}
    assert ("POST", "/v1/shopify/{shop_id}") in routes


def test_anything_else_reaches_the_default_route() -> None:
    assert http_event("GET", "/v1/shopify/nordlys")["routeKey"] == "$default"
    assert http_event("POST", "/v1/shopify/nordlys/extra")["routeKey"] == "$default"
