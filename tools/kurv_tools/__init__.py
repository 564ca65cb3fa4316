"""Developer and merchant tools: the `kurv` CLI, the local stack (`make run`), benchmarks.

Nothing here ships to Lambda; the deployed code is functions/ and layers/common/.
"""
