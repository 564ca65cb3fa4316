"""Loads a function's handler module (functions/<name>/app.py) the way Lambda would."""

from __future__ import annotations

import importlib.util
import sys
import uuid
from dataclasses import dataclass, field
from types import ModuleType

from kurv_tools.building.template import REPO_ROOT


def load_function(name: str) -> ModuleType:
    """Each function's entry is app.py; loaded under a unique module name so all three coexist."""
    module_name = f"kurv_function_{name}"
    if module_name in sys.modules:
        return sys.modules[module_name]
    path = REPO_ROOT / "functions" / name / "app.py"
    spec = importlib.util.spec_from_file_location(module_name, path)
    if spec is None or spec.loader is None:
        raise ImportError(f"no handler at {path}")
    module = importlib.util.module_from_spec(spec)
    sys.modules[module_name] = module
    spec.loader.exec_module(module)
    return module


@dataclass
class LocalContext:
    """The parts of Lambda's context object that Powertools reads."""

    function_name: str
    memory_limit_in_mb: int = 512
    aws_request_id: str = field(default_factory=lambda: str(uuid.uuid4()))
    log_group_name: str = "local"
    log_stream_name: str = "local"
    timeout_seconds: int = 60

    @property
    def invoked_function_arn(self) -> str:
        return f"arn:aws:lambda:eu-west-1:123456789012:function:{self.function_name}"

    def get_remaining_time_in_millis(self) -> int:
        return self.timeout_seconds * 1000
