"""What every flow shares: the cart record and its keys, shops, suppressions, addresses,
tokens and links, rendering and mail, DynamoDB helpers, settings, clock, errors, metrics.
Imports nothing from a flow."""
