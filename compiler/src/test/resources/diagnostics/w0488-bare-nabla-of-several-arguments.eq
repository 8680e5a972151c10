% Sutton & Barto's semi-gradient TD(0): the state is a whole number, so the gradient is in the weights
\mathbf{x} \in \mathbb{R}^{n \times d}, \mathbf{w} \in \mathbb{R}^{d}, S \in \mathbb{N}, \alpha, \delta \in \mathbb{R}

\hat{v}(s, \mathbf{w}) \doteq \mathbf{w}^\top \mathbf{x}(s)
% ~WARNING W0161
% ~WARNING W0140
\mathbf{w}' = \mathbf{w} + \alpha \delta \nabla \hat{v}(S, \mathbf{w})
% ~WARNING W0488
% ~WARNING W0388
