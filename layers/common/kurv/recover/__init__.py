"""Recovery: the sweep claims each due cart (``sweep``, ``claims``); send judges the claim
(``decisions``, pure), composes what the email may show (``content``) and mails it
(``sending.Sender``), recording every step through ``claims.ClaimStore``."""
