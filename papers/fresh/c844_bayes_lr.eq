% Bayesian linear regression posterior (Bishop, PRML eqs. 3.53-3.54), zero-mean isotropic prior alpha, noise precision beta
\Phi \in \mathbb{R}^{N \times M}, \mathbf{t} \in \mathbb{R}^{N}, \alpha, \beta \in \mathbb{R}

\mathbf{S}_N^{-1} = \alpha \mathbf{I} + \beta \Phi^T \Phi
\mathbf{m}_N = \beta \mathbf{S}_N \Phi^T \mathbf{t}
