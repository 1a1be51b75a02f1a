"""The copies of a packet a build can write (DESIGN.md, "Variants").

Its own module, free of imports, because the command line offers the variants before anything
heavy is loaded, and pipeline, assemble and batch all go by the same list.
"""

VARIANTS = ("efile", "filing", "service")
TABBED = ("filing", "service")  # variants with a tab divider before each exhibit
