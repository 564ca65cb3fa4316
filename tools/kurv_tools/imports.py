"""Which module of the common layer imports which: `python -m kurv_tools.imports` prints it.

Imports inside functions (lazy, for cold starts) and under TYPE_CHECKING are told apart from
module-level ones, since only the latter load anything when a module is imported.
"""

from __future__ import annotations

import ast
import sys
from dataclasses import dataclass, field
from pathlib import Path

from kurv_tools.template import REPO_ROOT

LAYER = REPO_ROOT / "layers" / "common" / "kurv"
AWS_SDK = ("boto3", "botocore")


@dataclass
class ModuleImports:
    name: str
    kurv: set[str] = field(default_factory=set)  # at module level
    kurv_lazy: set[str] = field(default_factory=set)  # inside functions
    sdk: set[str] = field(default_factory=set)  # boto3/botocore at module level
    sdk_lazy: set[str] = field(default_factory=set)


def layer_imports(layer: Path = LAYER) -> dict[str, ModuleImports]:
    modules = {}
    for path in sorted(layer.glob("*.py")):
        found = ModuleImports(path.stem)
        _visit(ast.parse(path.read_text(encoding="utf-8")), found, top=True)
        modules[found.name] = found
    return modules


def _visit(node: ast.AST, found: ModuleImports, *, top: bool) -> None:
    for child in ast.iter_child_nodes(node):
        if isinstance(child, ast.If) and "TYPE_CHECKING" in ast.unparse(child.test):
            continue  # for the type checker only: nothing is loaded at run time
        if isinstance(child, ast.Import | ast.ImportFrom):
            names = (
                [alias.name for alias in child.names]
                if isinstance(child, ast.Import)
                else [child.module or ""]
            )
            for name in names:
                root, _, rest = name.partition(".")
                if root == "kurv" and rest:
                    (found.kurv if top else found.kurv_lazy).add(rest.split(".")[0])
                elif root in AWS_SDK:
                    (found.sdk if top else found.sdk_lazy).add(root)
        nested = isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda)
        _visit(child, found, top=top and not nested)


def main() -> int:
    for module in layer_imports().values():
        line = f"{module.name:<13} -> {', '.join(sorted(module.kurv)) or '-'}"
        if module.kurv_lazy:
            line += f"  (in functions: {', '.join(sorted(module.kurv_lazy))})"
        sdk = sorted(module.sdk) + [f"{name} (in functions)" for name in sorted(module.sdk_lazy)]
        if sdk:
            line += f"  [AWS SDK: {', '.join(sdk)}]"
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
