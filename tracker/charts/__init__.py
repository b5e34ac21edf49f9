"""Charts as matplotlib figures, drawn from the domain's figures; no Qt, no database."""
