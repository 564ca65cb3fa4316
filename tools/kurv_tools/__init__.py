"""Tools around Kurv, one folder per audience; nothing here ships to Lambda (the deployed
code is functions/ and layers/common/).

- cli/: the merchant's `kurv` command (shops, reports, erasure, exports, health, previews).
- local/: `make run`'s stack on this machine, which the tests drive too.
- building/: what `make build` and `make openapi` make, and what describes the code.
- measure/: `make bench`, `make soak`, `make spam-scores` and the samples they judge.
"""
