"""Internals of the resume parser (``atspro.analysis.resume``): one module per concern.

Nothing here is public API; import ``parse_resume`` from ``atspro.analysis.resume``.
"""
