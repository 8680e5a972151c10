% JAX API docs, jax.nn.glu (docstring) as printed (from memory of the printing, the missing comma included): x of
% 2n entries along the axis, split in halves (prose: "where the array is split into two along axis with size n")
x \in \mathbb{R}^{2n}

\mathrm{glu}(x) =  x\left[\ldots, 0:n\right] \cdot \mathrm{sigmoid} \left( x\left[\ldots n:2n\right] \right)
