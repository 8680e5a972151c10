% Reading rule (ambiguous): the Gaussian (RBF) kernel as often printed inline,
% \exp(-\|x - x'\|^2/2\sigma^2), means division by 2\sigma^2 (a warning is also acceptable)
\mathbf{x}, \mathbf{x}' \in \mathbb{R}^{d}, \sigma \in \mathbb{R}

k(\mathbf{x}, \mathbf{x}') = \exp(-\|\mathbf{x} - \mathbf{x}'\|^2 / 2\sigma^2)
