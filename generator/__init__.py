"""Explainer microsites from raw news coverage of a hearing."""

__version__ = "0.1.0"
