% Soft Actor-Critic, Haarnoja et al. (2018), Appendix C, Eq. 21: the log-likelihood of the squashed action
% a = tanh(u), u a D-dimensional Gaussian sample with log-density \log \mu(\mathbf{u}|\mathbf{s}) (given)
\mathbf{u} \in \mathbb{R}^{D}, \log \mu(\mathbf{u}|\mathbf{s}) \in \mathbb{R}

\log \pi(\mathbf{a}|\mathbf{s}) = \log \mu(\mathbf{u}|\mathbf{s}) - \sum_{i=1}^{D} \log\left(1 - \tanh^2(u_i)\right)
