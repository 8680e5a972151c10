% Standardisation (z-scores), as ML texts write it with the population standard deviation
\mathbf{x} \in \mathbb{R}^{n}

\mathbf{z} = \frac{\mathbf{x} - \mathrm{mean}(\mathbf{x})}{\mathrm{std}(\mathbf{x})}
