"""The seventh blind corpus (see cases.py)."""
