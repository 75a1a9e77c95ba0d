"""One error family for the whole library, mapped to exit codes in one place (the CLI).

Exit codes (design §5): 0 success; 1 the command ran but something failed;
2 bad usage or bad input (unknown query, malformed SPARQL, store locked or unreachable).
"""


class TradegraphError(Exception):
    """Base class: a problem the user can act on, shown as one line, never a traceback."""

    exit_code = 2


class BadInputError(TradegraphError):
    """A file, name, parameter or query that cannot be used as given."""


class RecordError(BadInputError):
    """A record file that cannot be read (missing, binary, undecodable, malformed front matter)."""


class QueryError(BadInputError):
    """Unknown query name, malformed SPARQL, unknown or missing parameter."""


class NotFoundError(BadInputError):
    """A name that matches nothing in the graph; carries the closest candidates."""

    def __init__(self, message: str, candidates: list[str] | None = None):
        self.candidates = list(candidates or [])
        if self.candidates:
            message = f"{message}; did you mean: {', '.join(self.candidates)}?"
        super().__init__(message)


class StoreError(TradegraphError):
    """The store cannot be opened or reached (locked by another process, unreachable endpoint)."""


class PartialFailure(TradegraphError):
    """The command ran, but some inputs failed (the others were processed)."""

    exit_code = 1
