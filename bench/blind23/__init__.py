"""The twenty-third blind corpus (bench/README.md, "Reading real folders"): never tune
rules on it."""
