"""evidence-packet."""
