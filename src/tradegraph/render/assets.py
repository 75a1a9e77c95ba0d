"""The one third-party asset a page inlines: vis-network's standalone build.

It is read from the pyvis package (a declared dependency that ships vis-network 9.1.2 under
``pyvis/lib``), or from ``render/vendor/vis-network.min.js`` when a copy is vendored there.
Nothing else from pyvis is used: its template loads Bootstrap and more from CDNs.
"""

from __future__ import annotations

import functools
import hashlib
from importlib import resources

from ..errors import TradegraphError

VIS_VERSION = "9.1.2"
VIS_SHA256 = "1f20f0736f32cb9bedf8f6383b25cfea2f839e1abe80d6e8040b4d5bea378c69"
"""The audited file (vis-network 9.1.2 as shipped by pyvis 0.3.2; Apache-2.0 or MIT)."""


class AssetError(TradegraphError):
    """vis-network cannot be found, or is not the audited file."""


@functools.lru_cache(maxsize=1)
def vis_network_js() -> str:
    """vis-network's minified JavaScript, checked against the audited hash."""
    candidates = [resources.files("tradegraph.render") / "vendor" / "vis-network.min.js"]
    try:
        candidates.append(resources.files("pyvis") / "lib" / f"vis-{VIS_VERSION}" / "vis-network.min.js")
    except ModuleNotFoundError:
        pass
    for path in candidates:
        if path.is_file():
            data = path.read_bytes()
            if hashlib.sha256(data).hexdigest() != VIS_SHA256:
                raise AssetError(f"{path} is not the audited vis-network {VIS_VERSION} build")
            # The HTML parser turns CR LF into LF, and the CSP hashes what it parsed.
            text = data.decode("utf-8").replace("\r\n", "\n").replace("\r", "\n")
            lowered = text.lower()
            if "</script" in lowered or "<!--" in lowered:  # would end the inline <script>
                raise AssetError(f"{path} cannot be inlined in a <script> element")
            return text
    raise AssetError("vis-network is missing: install pyvis==0.3.2 "
                     "or put vis-network.min.js under tradegraph/render/vendor/")
