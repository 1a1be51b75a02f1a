"""The fourth blind corpus (see cases.py): never tune rules on it."""
