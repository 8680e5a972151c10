% Learning-rate-free learning by D-adaptation, Defazio & Mishchenko (2023), Algorithm 1 (dual averaging),
% the estimate of D after step k: the gradients g_0..g_k one per row, lambda_i and d_i for i = 0..k (prose)
g \in \mathbb{R}^{(k+1) \times p}, \lambda, d \in \mathbb{R}^{k+1}, s_k \in \mathbb{R}^{p}

s_{k+1} = s_k + d_k \lambda_k g_k
\hat{d}_{k+1} = \frac{\|s_{k+1}\|^2 - \sum_{i=0}^{k} \lambda_i^2 d_i^2 \|g_i\|^2}{2\|s_{k+1}\|}
d_{k+1} = \max(d_k, \hat{d}_{k+1})
