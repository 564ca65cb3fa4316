"""What `make deploy` checks and records around `sam deploy`: the region a stack lives in
(region.py, which `kurv --stack` reads too) and the checks run before the build
(preflight.py)."""
