"""Tracking: shops and customers tell Kurv about a cart (the track function).

POST /v1/events is authenticated (``auth``), validated (``events``), planned
(``cart_updates``, pure) and written once (``cart_store``) by ``tracking.Tracker``; the
customer links /r/ and /u/ are answered by ``customer_links.LinkDesk``."""
