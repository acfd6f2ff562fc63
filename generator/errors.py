"""Errors the generator reports as one line on stderr (never a traceback)."""


class GeneratorError(Exception):
    """Base: every message names the file and says what to do."""

    exit_code = 1


class InputError(GeneratorError):
    """A seed text that cannot be read: empty, binary, undecodable, too large."""

    exit_code = 2


class SidecarError(GeneratorError):
    """A malformed editorial sidecar (seeds/<slug>.yml)."""

    exit_code = 2


class EditedPageError(GeneratorError):
    """A generated page was edited by hand; regenerating would lose the edit."""

    exit_code = 1


class QuoteError(GeneratorError):
    """A rendered quotation does not occur verbatim in the seed."""

    exit_code = 1
