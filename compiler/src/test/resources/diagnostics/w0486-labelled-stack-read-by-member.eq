% CS229's prediction for each example, the examples declared as one stack under their label
\mathbf{x}^{(i)} \in \mathbb{R}^{n \times p}, \boldsymbol{\theta} \in \mathbb{R}^{p}
% ~WARNING W0486

\hat{y}^{(i)} = \boldsymbol{\theta}^T \mathbf{x}^{(i)}
% ~WARNING W0439
