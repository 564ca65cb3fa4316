"""Privacy requests: a person's erasure (``erasure.forget``, also `kurv forget`), a shop's
erasure (``erasure.erase_shop``), a copy of what Kurv holds about a person (``export``, also
`kurv export`), data requests kept for the merchant to answer (``request_log``), and the
privacy function's desk that does each queued request (``desk``). What it needs of the
other flows' stores it declares in ``stores``; wiring passes the stores that own them."""
