"""Measurement: `make bench` (requests, timings, sizes and what they cost), `make soak` (the
seeded simulation over many seeds), `make spam-scores`, the sample emails the outside judges
read, and how well replies are read."""
