"""Kurv's shared code: the domain (carts, shops, reminders) and its narrow AWS adapters.

Handlers in ``functions/*/app.py`` are thin; everything they call lives here.
"""

__version__ = "0.1.0"
