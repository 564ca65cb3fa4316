"""The API's custom domain, read as CloudFormation will decide it: without ApiDomainName
nothing is created and links carry the execute-api host; with it (and its certificate) a
regional domain mapped to the API's stage becomes the links' host; with ApiHostedZoneId the
stack adds the alias record too; a domain without its certificate is refused, not skipped."""

from __future__ import annotations

import re
from typing import Any

import pytest

from kurv_tools.building.template import load_template, resolve, transformed

CERTIFICATE = "arn:aws:acm:eu-west-1:123456789012:certificate/0a1b2c3d-4e5f-6789-abcd-ef0123456789"
DOMAIN = {"ApiDomainName": "kurv.shop.dk", "ApiCertificateArn": CERTIFICATE}
ZONE = {**DOMAIN, "ApiHostedZoneId": "Z0123456789ABCDEFGHIJ"}
EXECUTE_API = "https://HttpApi.execute-api.eu-west-1.amazonaws.com"
DOMAIN_RESOURCES = ("ApiDomain", "ApiDomainMapping", "ApiDomainRecord")


@pytest.fixture(scope="module")
def template() -> dict[str, Any]:
    return load_template()


def stack_parameters(template: dict[str, Any], given: dict[str, str]) -> dict[str, str]:
    defaults = {
        name: str(spec.get("Default", ""))
        for name, spec in template["Parameters"].items()
        if spec["Type"] == "String"
    }
    return {**defaults, **given}


def holds(template: dict[str, Any], condition: Any, parameters: dict[str, str]) -> bool:
    """A condition as CloudFormation evaluates it (the functions conditions use)."""
    if isinstance(condition, str):
        return holds(template, template["Conditions"][condition], parameters)
    [(function, argument)] = condition.items()
    if function == "Condition":
        return holds(template, argument, parameters)
    if function == "Fn::Not":
        return not holds(template, argument[0], parameters)
    if function == "Fn::And":
        return all(holds(template, part, parameters) for part in argument)
    if function == "Fn::Or":
        return any(holds(template, part, parameters) for part in argument)
    if function == "Fn::Equals":
        left, right = (resolve(side, parameters) for side in argument)
        return bool(left == right)
    raise AssertionError(f"no evaluation for {function}")


def value(template: dict[str, Any], given: Any, parameters: dict[str, str]) -> Any:
    """`given` as CloudFormation makes it: each Fn::If chosen by its condition."""
    if isinstance(given, dict) and "Fn::If" in given:
        condition, when_true, when_false = given["Fn::If"]
        chosen = when_true if holds(template, condition, parameters) else when_false
        return value(template, chosen, parameters)
    return resolve(given, parameters)


def created(template: dict[str, Any], given: dict[str, str]) -> set[str]:
    parameters = stack_parameters(template, given)
    return {
        name
        for name, resource in template["Resources"].items()
        if "Condition" not in resource or holds(template, resource["Condition"], parameters)
    }


def links(template: dict[str, Any], given: dict[str, str]) -> tuple[Any, Any, Any]:
    """The links' base URL as the send function gets it, the LinksBaseUrl and ApiUrl outputs."""
    parameters = stack_parameters(template, given)
    send = template["Resources"]["SendFunction"]["Properties"]["Environment"]["Variables"]
    outputs = template["Outputs"]
    return (
        value(template, send["KURV_PUBLIC_BASE_URL"], parameters),
        value(template, outputs["LinksBaseUrl"]["Value"], parameters),
        value(template, outputs["ApiUrl"]["Value"], parameters),
    )


def test_without_a_domain_nothing_is_created_and_links_carry_the_aws_host(
    template: dict[str, Any],
) -> None:
    assert created(template, {}).isdisjoint(DOMAIN_RESOURCES)
    assert template["Outputs"]["ApiDomainTarget"]["Condition"] == "HasApiDomain"
    assert links(template, {}) == (EXECUTE_API, EXECUTE_API, EXECUTE_API)


def test_a_domain_with_its_certificate_becomes_the_links_host(template: dict[str, Any]) -> None:
    made = created(template, DOMAIN)

    assert {"ApiDomain", "ApiDomainMapping"} <= made
    assert "ApiDomainRecord" not in made  # your own DNS: a CNAME to ApiDomainTarget
    assert links(template, DOMAIN) == ("https://kurv.shop.dk",) * 3
    assert "ApiDomainRecord" in created(template, ZONE)
    # PublicBaseUrl, a domain mapped by hand, still decides the links.
    own = {**DOMAIN, "PublicBaseUrl": "https://go.shop.dk"}
    assert links(template, own) == (
        "https://go.shop.dk",
        "https://go.shop.dk",
        "https://kurv.shop.dk",
    )


def test_a_domain_without_its_certificate_is_refused_not_skipped(template: dict[str, Any]) -> None:
    parameters = stack_parameters(template, {"ApiDomainName": "kurv.shop.dk"})
    rule = template["Rules"]["ApiDomainNeedsCertificate"]

    assert holds(template, rule["RuleCondition"], parameters)
    [assertion] = rule["Assertions"]
    assert not holds(template, assertion["Assert"], parameters)
    assert holds(template, assertion["Assert"], stack_parameters(template, DOMAIN))


def test_the_domain_is_regional_and_mapped_to_the_stage_sam_makes(template: dict[str, Any]) -> None:
    cloudformation = transformed(template)
    resources = cloudformation["Resources"]

    [configuration] = resources["ApiDomain"]["Properties"]["DomainNameConfigurations"]
    assert configuration["EndpointType"] == "REGIONAL"
    assert configuration["CertificateArn"] == {"Ref": "ApiCertificateArn"}
    mapping = resources["ApiDomainMapping"]["Properties"]
    assert mapping["ApiId"] == {"Ref": "HttpApi"}
    stage = resources[mapping["Stage"]["Ref"]]
    assert (stage["Type"], stage["Properties"]["StageName"]) == (
        "AWS::ApiGatewayV2::Stage",
        "$default",
    )
    alias = resources["ApiDomainRecord"]["Properties"]["AliasTarget"]
    assert alias == {
        "DNSName": {"Fn::GetAtt": ["ApiDomain", "RegionalDomainName"]},
        "HostedZoneId": {"Fn::GetAtt": ["ApiDomain", "RegionalHostedZoneId"]},
        "EvaluateTargetHealth": False,
    }
    assert "Rules" in cloudformation  # SAM passes the rule on to CloudFormation


@pytest.mark.parametrize(
    ("parameter", "good", "bad"),
    [
        (
            "ApiDomainName",
            ["", "kurv.shop.dk", "api.kurv-shop.co.uk"],
            ["https://kurv.shop.dk", "kurv.shop.dk/x", "Kurv.Shop.dk", "shop"],
        ),
        (
            "ApiCertificateArn",
            ["", CERTIFICATE],
            ["arn:aws:iam::123456789012:role/x", "certificate/abc"],
        ),
        ("ApiHostedZoneId", ["", "Z0123456789ABCDEFGHIJ"], ["shop.dk", "z123"]),
    ],
)
def test_the_domain_parameters_take_what_they_say(
    template: dict[str, Any], parameter: str, good: list[str], bad: list[str]
) -> None:
    pattern = template["Parameters"][parameter]["AllowedPattern"]

    assert [text for text in good if not re.fullmatch(pattern, text)] == []
    assert [text for text in bad if re.fullmatch(pattern, text)] == []
