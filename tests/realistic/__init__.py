"""Realistic evidence folders, drawn from code with invented people, and the truth they hold.

- ``paper``: drawing pages as offices print them (labelled form boxes, letterheads, monospace
  printouts, tables, ID cards with a photo, seals, stamps, signatures), in inches and points.
- ``mrz``: ICAO 9303 machine-readable zones (TD3 passports, TD1 cards) with check digits.
- ``capture``: how paper reaches an office (flatbed scans, copier PDFs of several documents,
  phone photos on a desk via ``tests/photos.py``, one photo a page, cards in a landscape frame,
  a card copied onto a page, HEIC, the same paper at two resolutions), with where each
  document is (``pages``, ``more_files``) and where each photo's sheet lies.
- ``model``: ``Person``, ``Paper`` (a document and what it truly is), ``CasePlan.write`` (the
  case folder, its case.yaml, and ``<case>.truth.json`` beside the folder, never in it).
- ``tuning``/``tuning_documents``: the TUNING corpus, for end-to-end tests and for tuning rules:
  ``tuning.write_case("quiroz", tmp_path)``.

The BLIND corpus, built from the same machinery with its own templates, wording, issuers and
people, is ``bench/blind/``: it measures the reading (``bench/reading.py``) and rules are never
tuned on it (bench/README.md).
"""
