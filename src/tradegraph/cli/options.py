"""Option bundles shared by commands, and the one place errors become exit codes."""

from __future__ import annotations

import functools
import os
import sys
from typing import Any, Callable

import click

from ..errors import TradegraphError


def store_option(func: Callable[..., Any]) -> Callable[..., Any]:
    """``--store``: a store directory or an http(s) SPARQL endpoint (also ``$TRADEGRAPH_STORE``)."""
    return click.option(
        "--store",
        envvar="TRADEGRAPH_STORE",
        default="tradegraph-store",
        show_default=True,
        help="Store: a directory (embedded Oxigraph) or an http(s):// SPARQL 1.1 endpoint.",
    )(func)


def format_option(*choices: str, default: str | None = None) -> Callable[[Callable[..., Any]], Any]:
    def decorate(func: Callable[..., Any]) -> Callable[..., Any]:
        return click.option(
            "--format", "fmt",
            type=click.Choice(choices, case_sensitive=False),
            default=default or choices[0],
            show_default=True,
            help="Output format.",
        )(func)

    return decorate


def fail(message: str, exit_code: int = 2) -> None:
    """One line on stderr, then the documented exit code: never a traceback."""
    click.echo(f"Error: {message}", err=True)
    sys.exit(exit_code)


def handle_errors(func: Callable[..., Any]) -> Callable[..., Any]:
    """Map the library's error family to one-line messages and exit codes."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except TradegraphError as exc:
            fail(str(exc), exc.exit_code)
        except BrokenPipeError:  # e.g. `tradegraph query ... | head`
            sys.stderr.close()
            os._exit(0)

    return wrapper
