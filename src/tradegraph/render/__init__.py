"""Interactive, self-contained network pages (``tradegraph viz``)."""

from .page import to_page, write_page

__all__ = ["to_page", "write_page"]
