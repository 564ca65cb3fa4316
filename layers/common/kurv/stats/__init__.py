"""Each shop's daily figures: what a cart change counts (``counting``, pure), added up per
shop and day by the stats function (``keeper.StatsKeeper``) for ``kurv report``."""
