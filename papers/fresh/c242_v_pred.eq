% Progressive distillation, Salimans & Ho (2022), Sec. 4: the v-parameterisation target
\boldsymbol{\epsilon}, \mathbf{x} \in \mathbb{R}^{d}

\mathbf{v} \equiv \alpha_t \boldsymbol{\epsilon} - \sigma_t \mathbf{x}
