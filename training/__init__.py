"""Everything that loads a Stable Diffusion model: training, sampling, regularization, grids.

Imports dataprep; never Qt."""
