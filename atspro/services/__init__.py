"""Use cases, one module per feature; the bot, the workers and the CLI call the same ones.

container (the typed ``Services``), errors, intake (documents in), matching (score a pair),
writing (AI rewrites and letters), library (the user's documents), account, admin, limits,
requests (slow use cases queued for a chat). Never imports telegram.
"""
