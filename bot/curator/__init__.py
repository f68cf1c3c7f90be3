"""The curator's toolkit: the knowledge-base rulebook (`kb check`), drafting entries from a new source
(`kb add-source`), grouping unanswered questions (`kb suggest`) and the coverage page (`kb coverage`)."""
