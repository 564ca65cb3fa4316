"""Which module of the common layer imports which: `python -m kurv_tools.building.imports`
prints it.

Modules are named from the package down (``core.model``, ``track.cart_store``). Imports
inside functions (lazy, for cold starts) and under TYPE_CHECKING are told apart from
module-level ones, since only the latter load anything when a module is imported; the
flows' rule (a flow imports core and itself) counts all three.
"""

from __future__ import annotations

import ast
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from kurv_tools.building.template import REPO_ROOT

LAYER = REPO_ROOT / "layers" / "common" / "kurv"
AWS_SDK = ("boto3", "botocore")
CORE = "core"
# The flows, one folder each; each may import core and itself, never another flow.
FLOWS = ("track", "recover", "replies", "feedback", "stats", "privacy")
ROOT = "kurv"  # the package's own __init__ (COPY, TEMPLATES)


@dataclass
class ModuleImports:
    name: str
    kurv: set[str] = field(default_factory=set)  # at module level
    kurv_lazy: set[str] = field(default_factory=set)  # inside functions
    kurv_typing: set[str] = field(default_factory=set)  # under TYPE_CHECKING
    sdk: set[str] = field(default_factory=set)  # boto3/botocore at module level
    sdk_lazy: set[str] = field(default_factory=set)

    @property
    def everything(self) -> set[str]:
        return self.kurv | self.kurv_lazy | self.kurv_typing


def part_of(module: str) -> str:
    """The folder a module belongs to: core, a flow, or "" (wiring and the package root)."""
    first = module.split(".", maxsplit=1)[0]
    return first if first in (CORE, *FLOWS) and "." in module else ""


def module_name(path: Path, layer: Path = LAYER) -> str:
    parts = path.relative_to(layer).with_suffix("").parts
    if parts[-1] == "__init__":
        parts = parts[:-1]
    return ".".join(parts) or ROOT


def layer_imports(layer: Path = LAYER) -> dict[str, ModuleImports]:
    modules = {}
    for path in sorted(layer.rglob("*.py")):
        found = ModuleImports(module_name(path, layer))
        _visit(ast.parse(path.read_text(encoding="utf-8")), found, layer, top=True, typing=False)
        modules[found.name] = found
    return modules


def _resolve(name: str, imported: list[str], layer: Path) -> list[str]:
    """The layer's modules an import statement names: `from kurv.core import model` names
    core.model; `from kurv.core.model import Cart` names core.model; `from kurv import
    COPY` names the package root."""
    base = name.removeprefix("kurv").lstrip(".")
    found = []
    for item in imported or [""]:
        candidate = ".".join(part for part in (base, item) if part)
        path = layer.joinpath(*candidate.split(".")) if candidate else layer
        if item and (path.with_suffix(".py").is_file() or (path / "__init__.py").is_file()):
            found.append(candidate)
        else:
            found.append(base or ROOT)
    return found


def _visit(node: ast.AST, found: ModuleImports, layer: Path, *, top: bool, typing: bool) -> None:
    for child in ast.iter_child_nodes(node):
        if isinstance(child, ast.If) and "TYPE_CHECKING" in ast.unparse(child.test):
            # For the type checker only: nothing is loaded at run time.
            _visit(child, found, layer, top=top, typing=True)
            continue
        if isinstance(child, ast.Import | ast.ImportFrom):
            pairs: list[tuple[str, list[str]]]
            if isinstance(child, ast.Import):
                pairs = [(alias.name, []) for alias in child.names]
            else:
                pairs = [(child.module or "", [alias.name for alias in child.names])]
            for name, imported in pairs:
                root = name.split(".")[0]
                if root == "kurv":
                    target = found.kurv_typing if typing else found.kurv if top else found.kurv_lazy
                    target.update(_resolve(name, imported, layer))
                elif root in AWS_SDK and not typing:
                    (found.sdk if top else found.sdk_lazy).add(root)
        nested = isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda)
        _visit(child, found, layer, top=top and not nested, typing=typing)


def crossings(modules: dict[str, ModuleImports]) -> list[tuple[str, str]]:
    """(importer, imported) for every import that leaves its flow for another flow, or that
    core makes of a flow: what the floor plan forbids."""
    bad = []
    for module in modules.values():
        home = part_of(module.name)
        for imported in sorted(module.everything):
            there = part_of(imported)
            if home and there and there not in (home, CORE):
                bad.append((module.name, imported))
    return bad


def folder_graph(modules: dict[str, ModuleImports]) -> Counter[tuple[str, str]]:
    """How many module-to-module imports run from one folder to another (any kind)."""
    edges: Counter[tuple[str, str]] = Counter()
    for module in modules.values():
        for imported in module.everything:
            source, target = part_of(module.name) or module.name, part_of(imported) or imported
            if source != target:
                edges[(source, target)] += 1
    return edges


def main() -> int:
    modules = layer_imports()
    width = max(len(name) for name in modules)
    for module in modules.values():
        line = f"{module.name:<{width}} -> {', '.join(sorted(module.kurv)) or '-'}"
        if module.kurv_lazy:
            line += f"  (in functions: {', '.join(sorted(module.kurv_lazy))})"
        sdk = sorted(module.sdk) + [f"{name} (in functions)" for name in sorted(module.sdk_lazy)]
        if sdk:
            line += f"  [AWS SDK: {', '.join(sdk)}]"
        print(line)
    print("\nBetween folders (imports of every kind):")
    for (source, target), n in sorted(folder_graph(modules).items()):
        print(f"  {source:<9} -> {target:<9} {n}")
    bad = crossings(modules)
    for importer, imported in bad:
        print(f"a flow reaches into another: {importer} imports {imported}", file=sys.stderr)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
