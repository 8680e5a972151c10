% Sutton & Barto, Reinforcement Learning (2nd ed.), Section 9.8, Eqs. 9.20-9.21 (LSTD), as printed; the feature
% vectors x_0..x_t are the rows of x and the rewards R_0..R_t one vector (R_0 unused)
\mathbf{x} \in \mathbb{R}^{(t+1) \times d}, R \in \mathbb{R}^{t+1}, \gamma \in \mathbb{R}, \varepsilon \in \mathbb{R}

\widehat{\mathbf{A}}_t \doteq \sum_{k=0}^{t-1} \mathbf{x}_k (\mathbf{x}_k - \gamma \mathbf{x}_{k+1})^\top + \varepsilon \mathbf{I}
\widehat{\mathbf{b}}_t \doteq \sum_{k=0}^{t-1} R_{k+1} \mathbf{x}_k
\mathbf{w}_t \doteq \widehat{\mathbf{A}}_t^{-1} \widehat{\mathbf{b}}_t
