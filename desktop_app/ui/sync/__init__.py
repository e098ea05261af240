"""The window side of the exchange between offices (issue 15): Tukar Data, conflicts, folder tukar."""
