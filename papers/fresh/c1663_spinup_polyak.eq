% OpenAI Spinning Up, DDPG page, Key Equations (target network by polyak averaging), pasted from
% docs/algorithms/ddpg.rst: parameters as flat vectors of P entries (prose), rho a hyperparameter
\phi_{\text{targ}}, \phi \in \mathbb{R}^{P}, \rho \in \mathbb{R}

\phi_{\text{targ}} \leftarrow \rho \phi_{\text{targ}} + (1 - \rho) \phi,
