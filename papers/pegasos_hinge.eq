% Pegasos, Shalev-Shwartz, Singer & Srebro (2007), §2: the hinge loss of one example (x, y), y = +-1
\mathbf{w}, \mathbf{x} \in \mathbb{R}^{n}, y \in \mathbb{R}

\ell(\mathbf{w}; (\mathbf{x}, y)) = \max\{0, 1 - y \langle \mathbf{w}, \mathbf{x} \rangle\}
