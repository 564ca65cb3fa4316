"""Kurv's shared code, one folder per flow, meeting only through ``core``.

- ``core/``: what every flow shares: the cart record and every key, shops, suppressions,
  addresses, links and tokens, the renderer and the mailer, settings, clock, errors.
- ``track/``: shops and customers tell Kurv about a cart (POST /v1/events, /r/, /u/).
- ``recover/``: the sweep claims due carts; send turns a claim into at most one email.
- ``replies/``: a customer's reply read, filed, and handed to the shop.
- ``feedback/``: mail servers' bounces and complaints onto the suppression list.
- ``stats/``: cart changes into each shop's daily figures (``kurv report``).
- ``copy/`` and ``templates/``: what the emails and pages say, per language.
- ``wiring.py``: the composition root each handler builds its collaborators from.

A flow imports ``core`` and itself, never another flow; ``tests/unit/test_layer_imports.py``
keeps the rule. Handlers in ``functions/*/app.py`` are thin; everything they call is here.
"""

from pathlib import Path

__version__ = "0.1.0"

COPY = Path(__file__).parent / "copy"  # one catalogue of sentences per language
TEMPLATES = Path(__file__).parent / "templates"  # the emails' and pages' layouts
