% Peyre & Cuturi, Computational Optimal Transport (2019), Eq. 4.1 (entropy of a coupling) and the entropic
% objective inside Eq. 4.2 (without its min, the value at a given coupling P), from memory of the printing
\mathbf{P}, \mathbf{C} \in \mathbb{R}^{n \times m}, \varepsilon = 0.1

\mathbf{H}(\mathbf{P}) \stackrel{\text{def.}}{=} -\sum_{i,j} \mathbf{P}_{i,j} (\log(\mathbf{P}_{i,j}) - 1)
\mathrm{E}(\mathbf{P}) = \langle \mathbf{P}, \mathbf{C} \rangle - \varepsilon \mathbf{H}(\mathbf{P})
