"""Listening: a customer's reply read (``inbound``, ``quotes``, ``reasons``: pure), filed
(``reply_store``), its series ended and the shop told (``replying.ReplyDesk``)."""
