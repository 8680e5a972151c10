% RevIN, Kim et al. (2022), Eqs. 1-2: the instance normalisation of one input sequence x^(i) with K variables
% over T_x steps, learnable gamma, beta \in R^K (prose)
x^{(i)} \in \mathbb{R}^{K \times T_x}, \gamma, \beta \in \mathbb{R}^{K}, \epsilon \in \mathbb{R}

\mathbb{E}_t[x^{(i)}_{kt}] = \frac{1}{T_x} \sum_{j=1}^{T_x} x^{(i)}_{kj} \quad \text{and} \quad \mathrm{Var}[x^{(i)}_{kt}] = \frac{1}{T_x} \sum_{j=1}^{T_x} (x^{(i)}_{kj} - \mathbb{E}_t[x^{(i)}_{kt}])^2
\hat{x}^{(i)}_{kt} = \gamma_k \left( \frac{x^{(i)}_{kt} - \mathbb{E}_t[x^{(i)}_{kt}]}{\sqrt{\mathrm{Var}[x^{(i)}_{kt}] + \epsilon}} \right) + \beta_k
