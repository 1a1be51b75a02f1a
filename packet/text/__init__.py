"""Reading OCR text: every comparison of text goes through here, so it is the same everywhere.

OCR of a Spanish certificate gives "MARQUEZ" where case.yaml says "Márquez", "0F" where the
paper says "OF", and dates come as "August 14, 2012", "08/14/2012", "14/08/2012" or
"14 de agosto de 2012". One module per subject:

    fold.py      case, accents and OCR's digits-for-letters folded away; words
    phrases.py   a rule's phrase in a text, tolerating an OCR slip
    dates.py     the dates written in a text
    names.py     a person's name in a text, and names written after a label
    language.py  which language a page is in (word lists: config/languages.yaml)
"""
