% Bishop, PRML (2006), Eq. 3.53-3.54: posterior of Bayesian linear regression with prior precision alpha and noise precision beta
\Phi \in \mathbb{R}^{N \times M}, \mathbf{t} \in \mathbb{R}^{N}, \alpha, \beta \in \mathbb{R}

\mathbf{m}_N = \beta \mathbf{S}_N \mathbf{\Phi}^{\mathrm{T}}\mathbf{t}
\mathbf{S}_N^{-1} = \alpha\mathbf{I} + \beta\mathbf{\Phi}^{\mathrm{T}}\mathbf{\Phi}
