% Adam, Kingma & Ba (2015), Algorithm 1: "g_t <- \nabla_\theta f_t(\theta_{t-1})", the gradient
% at the previous parameters; f_t is a least-squares stand-in for the stochastic objective (helper).
\theta_{t-1} \in \mathbb{R}^{d}, A \in \mathbb{R}^{n \times d}, b \in \mathbb{R}^{n}

f_t(\theta) = \frac{1}{2}\|A\theta - b\|^2
g_t \leftarrow \nabla_\theta f_t(\theta_{t-1})
