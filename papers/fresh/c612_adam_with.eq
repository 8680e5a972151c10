% Adam's update (Kingma & Ba, 2015, Alg. 1) with the bias-corrected moments given after the line
\theta, m, v \in \mathbb{R}^{d}, \alpha, \beta_1, \beta_2, \epsilon \in \mathbb{R}, t \in \mathbb{N}

\theta' = \theta - \alpha \frac{\hat{m}}{\sqrt{\hat{v}} + \epsilon}, \quad \text{with } \hat{m} = \frac{m}{1 - \beta_1^t}, \; \hat{v} = \frac{v}{1 - \beta_2^t}
