% MADGRAD, Defazio & Jelassi (2021), Algorithm 1 (one step, g_k given; c_{k+1} given)
x_0, x_k, s_k, \nu_k, g_k \in \mathbb{R}^{d}, \gamma_k, \epsilon, c_{k+1} \in \mathbb{R}, k \in \mathbb{N}

\lambda_k = \gamma_k \sqrt{k+1}
s_{k+1} = s_k + \lambda_k g_k
\nu_{k+1} = \nu_k + \lambda_k (g_k \circ g_k)
z_{k+1} = x_0 - \frac{1}{\sqrt[3]{\nu_{k+1}} + \epsilon} \circ s_{k+1}
x_{k+1} = (1 - c_{k+1}) x_k + c_{k+1} z_{k+1}
