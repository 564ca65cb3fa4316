"""What is built from the code and what describes it: the common layer (`make build`),
template.yaml read as data, openapi.json (`make openapi`) and the layer's import map.

Imports nothing: layers/common/Makefile runs `python -m kurv_tools.building.layer` with only
the standard library and the layer's sources on the path.
"""
