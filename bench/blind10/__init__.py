"""The tenth blind corpus: four invented families (see cases.py). Never tune rules on it."""
