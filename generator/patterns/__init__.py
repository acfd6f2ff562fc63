"""Heuristics as named data: cue words, regular expressions and thresholds, grouped by stage.

Every cue is generic (a kind of chrome, an honorific, a reporting verb, a date word), never a sentence or a
name from one particular text. Each group says why it exists. One module per stage that owns its group: clean,
segment, statement, timeline, people, exchanges, numbers and glossary; a stage imports the module it reads
(`from generator.patterns import timeline as pt`).
"""
