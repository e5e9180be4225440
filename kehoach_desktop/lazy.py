"""Modules loaded on first use, so that the window paints before the database layer is imported.

`lazy_module("kehoach_desktop.services.plans")` returns the module object at once; its code runs
the first time one of its attributes is read (importlib's LazyLoader). Modules that need the
names for type checking import them under `TYPE_CHECKING` as well, which also keeps the layering
test reading the real dependency.
"""

from __future__ import annotations

import importlib.util
import sys
import threading
from types import ModuleType

_lock = threading.Lock()


def lazy_module(name: str) -> ModuleType:
    """The module `name`, executed on first attribute access (at once if already imported)."""
    with _lock:
        if name in sys.modules:
            return sys.modules[name]
        parent = name.rpartition(".")[0]
        if parent:
            importlib.import_module(parent)  # a package's __init__ is cheap here and needed to find the spec
        spec = importlib.util.find_spec(name)
        if spec is None or spec.loader is None:
            raise ImportError(f"no module named {name!r}", name=name)
        loader = importlib.util.LazyLoader(spec.loader)
        spec.loader = loader
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        loader.exec_module(module)
        if parent:
            setattr(sys.modules[parent], name.rpartition(".")[2], module)
        return module


def load(name: str) -> ModuleType:
    """Import `name` now, running it if it was registered lazily (a worker warming the window)."""
    module = importlib.import_module(name)
    vars(module)  # the first attribute read runs a lazily loaded module's code
    return module
